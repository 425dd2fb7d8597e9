package org.widthlab.cli;

import org.widthlab.engine.DefaultExperiments;
import org.widthlab.engine.Experiment;
import org.widthlab.input.Values;
import org.widthlab.theory.Preset;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The value of every experiment flag left out: that of {@link DefaultExperiments#classroom()}, the
 * experiment the window starts with, written in the input grammar (so the help shows it as typed).
 */
public final class ClassroomDefaults implements IDefaultValueProvider {

    @Override
    public String defaultValue(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option)) {
            return null;
        }
        Experiment e = DefaultExperiments.classroom();
        return switch (option.longestName()) {
            case "--preset" -> Preset.matching(e.parametrization()).map(Preset::id).orElse(null);
            case "--depth" -> Integer.toString(e.parametrization().depth());
            case "--activation" -> e.parametrization().activation().id();
            case "--data" -> e.dataSet().id();
            case "--input-dim" -> Integer.toString(e.inputDim());
            case "--batch" -> Integer.toString(e.batch());
            case "--steps" -> Integer.toString(e.steps());
            case "--lr" -> Values.NUMBER.format(e.learningRate());
            case "--widths" -> Values.SIZE.formatList(e.widths());
            case "--seeds" -> Integer.toString(e.seeds());
            case "--seed" -> Long.toString(e.seed());
            case "--ntk" -> Boolean.toString(e.measureNtk());
            default -> null;
        };
    }
}
