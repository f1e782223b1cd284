package com.slacredits.jobs.scenarios;

import com.slacredits.jobs.cli.ExitCode;
import com.slacredits.jobs.cli.SlaCreditsApplication;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One invocation of the real command line, as a scheduler would make it, with what it printed. */
record CommandRun(ExitCode code, String out, String err) {

    static CommandRun of(TestDatabase database, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (database != null) {
            all.addAll(List.of(database.springArguments()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream realOut = System.out;
        ExitCode code;
        try (PrintStream capturedOut = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream capturedErr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(capturedOut);
            try {
                code = SlaCreditsApplication.run(all.toArray(String[]::new), capturedOut, capturedErr);
            } finally {
                System.setOut(realOut);
            }
        }
        CommandRun run = new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        realOut.print(run.out());
        realOut.print(run.err());
        return run;
    }
}
