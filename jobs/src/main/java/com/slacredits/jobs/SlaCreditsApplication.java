package com.slacredits.jobs;

import com.slacredits.jobs.console.ConsoleCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The commands: month-end ({@link MonthEndCommand}) and export ({@link ExportCommand}); this only exits with their status. */
@SpringBootApplication
public class SlaCreditsApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].startsWith("console")) {
            ConsoleCommand.main(args); // the console's server threads keep the process running
            return;
        }
        ExitCode code = args.length > 0 && args[0].equals("export")
                ? new ExportCommand(System.out, System.err).run(args)
                : new MonthEndCommand(System.out, System.err).run(args);
        System.exit(code.status());
    }
}
