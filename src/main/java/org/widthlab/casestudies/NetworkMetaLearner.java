package org.widthlab.casestudies;

import java.util.List;

/**
 * First-order MAML on a {@link LinearNetwork} (finite width or its μP limit: the same code): each task adapts a
 * copy of the weights by one step; the query gradients at the adapted copies are summed into one meta-gradient,
 * clipped by its length in the geometry SGD steps in ({@link LinearNetwork#stepNormSquared}, which tends to a
 * limit with the width) and applied.
 */
final class NetworkMetaLearner implements MetaLearner {

    private final LinearNetwork net;

    NetworkMetaLearner(LinearNetwork net) {
        this.net = net;
    }

    @Override
    public void metaStep(List<FewShotTask> tasks, double innerStep, double metaRate, double clip) {
        LinearNetwork.Gradient meta = net.newGradient();
        for (FewShotTask task : tasks) {
            LinearNetwork adapted = adapt(task, innerStep);
            float[][] h = adapted.hidden(task.query());
            float[][] chi = FewShotTask.softmaxErrors(adapted.logits(h), task.queryLabels(),
                    1.0 / (task.query().length * tasks.size()));
            adapted.accumulateGradient(task.query(), h, chi, meta);
        }
        double length = Math.sqrt(net.stepNormSquared(meta));
        if (length > clip) {
            meta.scale((float) (clip / length));
        }
        net.step(meta, metaRate);
    }

    @Override
    public float[][] adaptedQueryLogits(FewShotTask task, double innerStep) {
        LinearNetwork adapted = adapt(task, innerStep);
        return adapted.logits(adapted.hidden(task.query()));
    }

    /** A copy of the network after one SGD step on the task's support set. */
    private LinearNetwork adapt(FewShotTask task, double innerStep) {
        LinearNetwork adapted = net.copy();
        float[][] h = adapted.hidden(task.support());
        float[][] chi = FewShotTask.softmaxErrors(adapted.logits(h), task.supportLabels(), 1.0 / task.support().length);
        LinearNetwork.Gradient g = adapted.newGradient();
        adapted.accumulateGradient(task.support(), h, chi, g);
        adapted.step(g, innerStep);
        return adapted;
    }
}
