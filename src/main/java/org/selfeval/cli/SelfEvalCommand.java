package org.selfeval.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code selfeval} command line: one subcommand per job. */
@Command(name = "selfeval", mixinStandardHelpOptions = true, version = "selfeval 0.1.0",
        description = "读取并检查预算绩效自评报告 (budget performance self-evaluation reports).",
        subcommands = {
                ExtractCommand.class,
                CheckCommand.class,
                IndexCommand.class,
                SearchCommand.class,
                WatchCommand.class,
                ServeCommand.class,
                BenchServeCommand.class,
                GenerateCommand.class,
                BenchCommand.class,
                BenchIndexCommand.class,
                BenchOcrCommand.class,
                EvalTablesCommand.class,
                EvalChecksCommand.class,
                EvalCrossYearCommand.class,
                EvalCorpusCommand.class,
        })
public final class SelfEvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new SelfEvalCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
