package com.slacredits.jobs;

import com.slacredits.jobs.console.ConsoleCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The commands: month-end ({@link MonthEndCommand}), export ({@link ExportCommand}), worker
 * ({@link WorkerCommand}) and console ({@link ConsoleCommand}); this only exits with their status.
 */
@SpringBootApplication
public class SlaCreditsApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].startsWith("console")) {
            ConsoleCommand.main(args); // the console's server threads keep the process running
            return;
        }
        String command = args.length > 0 ? args[0] : "";
        ExitCode code = switch (command) {
            case "export" -> new ExportCommand(System.out, System.err).run(args);
            case "worker" -> new WorkerCommand(System.out, System.err).run(args);
            default -> new MonthEndCommand(System.out, System.err).run(args);
        };
        System.exit(code.status());
    }
}
