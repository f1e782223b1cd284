package com.slacredits.jobs.cli;

/**
 * The jar's entry point. The commands: month-end ({@link MonthEndCommand}), export
 * ({@link ExportCommand}), abandon ({@link AbandonCommand}), worker ({@link WorkerCommand}), console and console-user
 * ({@link ConsoleCommand}); this only exits with their status. Each command boots its own process
 * configuration, so nothing is scanned and no profile says which process this is.
 */
public final class SlaCreditsApplication {

    private SlaCreditsApplication() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].startsWith("console")) {
            ConsoleCommand.main(args); // the console's server threads keep the process running
            return;
        }
        String command = args.length > 0 ? args[0] : "";
        ExitCode code = switch (command) {
            case "export" -> new ExportCommand(System.out, System.err).run(args);
            case "abandon" -> new AbandonCommand(System.out, System.err).run(args);
            case "worker" -> new WorkerCommand(System.out, System.err).run(args);
            default -> new MonthEndCommand(System.out, System.err).run(args);
        };
        System.exit(code.status());
    }
}
