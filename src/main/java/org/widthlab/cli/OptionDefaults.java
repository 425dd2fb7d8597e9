package org.widthlab.cli;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Default values of a command's options, looked up by the option's longest name and written as text. */
abstract class OptionDefaults implements IDefaultValueProvider {

    @Override
    public final String defaultValue(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option)) {
            return null;
        }
        Object value = value(option.longestName());
        return value == null ? null : String.valueOf(value);
    }

    /** The default of the option with this longest name (e.g. {@code --seed}), or null when it has none. */
    protected abstract Object value(String option);
}
