package org.widthlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.widthlab.io.Json;
import org.widthlab.io.VerdictJson;
import org.widthlab.theory.Verdict;
import org.widthlab.engine.DefaultExperiments;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code classify}: print what the theory says about one parametrization, as one JSON object. */
@Command(name = "classify", mixinStandardHelpOptions = true, defaultValueProvider = ClassroomDefaults.class,
        description = "Classify an abc-parametrization (theory.md §3-6) and print the verdict as JSON.")
public final class ClassifyCommand implements Callable<Integer> {

    @Mixin
    ParametrizationOptions parametrization;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ParseResult parsed = spec.commandLine().getParseResult();
        Verdict verdict = Verdict.of(parametrization.toParametrization(
                DefaultExperiments.classroom().parametrization(), parsed::hasMatchedOption));
        PrintWriter out = spec.commandLine().getOut();
        out.println(Json.MAPPER.writeValueAsString(VerdictJson.of(verdict)));
        out.flush();
        return 0;
    }
}
