package org.widthlab.cli;

import picocli.CommandLine.Command;

/** {@code casestudy}: the paper's own experiments in small (theory.md §9): {@code word2vec} and {@code maml}. */
@Command(name = "casestudy", mixinStandardHelpOptions = true,
        description = "Run one of TP4's experiments in small: finite muP widths against the muP limit and the kernel"
                + " limits, printed as JSON.",
        subcommands = {Word2VecCommand.class, MamlCommand.class})
public final class CaseStudyCommand {
}
