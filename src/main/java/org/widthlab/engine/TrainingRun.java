package org.widthlab.engine;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.widthlab.linalg.MatrixKernel;

/**
 * Everything one width needs to train and measure runs (a network, its update history, the
 * measurement baselines), allocated once per width and reused for every seed.
 */
final class TrainingRun {

    /**
     * A measured value beyond this magnitude marks the run diverged (float32 overflows at 3.4e38 and its
     * squares long before; a stable network's sizes are Θ(1)).
     */
    static final double DIVERGENCE_BOUND = 1e12;

    private final Experiment experiment;
    private final MeasuredSteps measuredSteps;
    private final Mlp net;
    private final UpdateHistory history;
    private final CoordinateCheck check;

    TrainingRun(Experiment experiment, int width, MatrixKernel kernel, MeasuredSteps measuredSteps) {
        this.experiment = experiment;
        this.measuredSteps = measuredSteps;
        net = new Mlp(experiment.parametrization(), experiment.learningRate(), width, experiment.inputDim(),
                experiment.batch(), kernel);
        history = new UpdateHistory(net, experiment.steps());
        NtkProbe ntk = experiment.measureNtk() ? new NtkProbe(net) : null;
        check = new CoordinateCheck(net, history, ntk);
    }

    /**
     * Trains from a fresh initialization for {@code seed} on {@code data}, measuring after each step
     * t = 0..T (the whole coordinate check or the loss alone, as {@link MeasuredSteps} says) and handing each
     * step's measurements to {@code sink}. A step whose values are non-finite
     * or beyond {@link #DIVERGENCE_BOUND} is marked diverged and ends the run.
     *
     * @return whether the run diverged
     * @throws Mlp.CancelledException as soon as {@code cancelled} turns true
     */
    boolean run(DataSet data, long seed, BooleanSupplier cancelled, Consumer<List<Measurement>> sink) {
        net.initialize(data.inputs(), seed, cancelled);
        history.start(net);
        for (int step = 0; step <= experiment.steps(); step++) {
            if (step > 0) {
                net.sgdStep(check.lossGradient(data), cancelled);
                history.record(net);
            }
            net.forward(cancelled);
            List<Measurement> measured = measuredSteps.measuresAll(step, experiment.steps())
                    ? check.measure(step, seed, data, cancelled) : List.of(check.lossMeasurement(step, seed, data));
            boolean diverged = measured.stream().anyMatch(m -> !(Math.abs(m.value()) <= DIVERGENCE_BOUND));
            Mlp.checkCancelled(cancelled);
            sink.accept(diverged ? markDiverged(measured) : List.copyOf(measured));
            if (diverged) {
                return true;
            }
        }
        return false;
    }

    private static List<Measurement> markDiverged(List<Measurement> measured) {
        return measured.stream().map(m -> new Measurement(m.width(), m.seed(), m.step(), m.layer(), m.quantity(),
                m.value(), true)).toList();
    }
}
