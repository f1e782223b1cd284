package com.slacredits.jobs.cli;

import com.slacredits.jobs.run.FailureCauses;
import com.slacredits.jobs.store.DatabaseSettings;
import org.springframework.boot.WebApplicationType;

import com.slacredits.jobs.console.ConsoleApplication;



import java.io.PrintStream;
import java.util.Arrays;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code console [--server.port=N] [--spring.*=...]}: the finance console, a web application over
 * the command line's database; and {@code console-user --password-stdin}, which prints the bcrypt
 * hash a user's configuration entry needs.
 */
public final class ConsoleCommand {

    public static final String USAGE = "Usage: java -jar sla-credits.jar console [--server.port=8080] "
            + "[--spring.datasource.url=...]\n       java -jar sla-credits.jar console-user --password-stdin";

    private ConsoleCommand() {
    }

    /**
     * Runs {@code console} or {@code console-user}. The console returns once it listens: its server's
     * threads keep the process alive until it is stopped. Anything else exits with its status.
     */
    public static void main(String[] args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (args[0].equals("console-user")) {
            System.exit(new PasswordHashCommand(System.in, out, err).run(args).status());
        }
        if (!args[0].equals("console")) {
            err.println("Unknown command '" + args[0] + "'.");
            err.println(USAGE);
            System.exit(ExitCode.USAGE.status());
        }
        try {
            ConfigurableApplicationContext context = start(Arrays.copyOfRange(args, 1, args.length));
            out.println("Finance console at http://" + context.getEnvironment().getProperty("server.address")
                    + ":" + context.getEnvironment().getProperty("local.server.port") + "/ on "
                    + DatabaseSettings.of(context.getEnvironment()).maskedUrl());
        } catch (RuntimeException e) {
            LoggerFactory.getLogger("sla-credits.failures").error("the console did not start", e);
            err.println("The console did not start: " + FailureCauses.rootMessage(e));
            System.exit(ExitCode.FAILED.status());
        }
    }

    /** The console's process: its own application, the only one that is a web application. */
    public static ConfigurableApplicationContext start(String... springArguments) {
        return new SpringApplicationBuilder(ConsoleApplication.class).web(WebApplicationType.SERVLET)
                .run(springArguments);
    }
}
