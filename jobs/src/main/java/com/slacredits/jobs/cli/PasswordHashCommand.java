package com.slacredits.jobs.cli;



import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code console-user --password-stdin}: reads a password from the first line of standard input and
 * prints its bcrypt hash, for a user's {@code password-hash}. The password is never an argument, so
 * it stays out of the shell's history and the process list.
 */
public final class PasswordHashCommand {

    public static final String USAGE = "Usage: java -jar sla-credits.jar console-user --password-stdin   "
            + "(the password on the first line)";

    /** Below this a bcrypt hash guards little; the same floor as the console's users are checked against. */
    static final int MINIMUM_LENGTH = 12;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    public PasswordHashCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public ExitCode run(String... args) {
        try {
            CommandLine line = CommandLine.parse(List.of(args).subList(Math.min(1, args.length), args.length), Set.of(),
                    Set.of("--password-stdin"));
            if (!line.flag("--password-stdin") || !line.settings().isEmpty()) {
                throw new UsageException("--password-stdin is required: the password is read from standard input.");
            }
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return ExitCode.USAGE;
        }
        String password;
        try {
            password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            err.println("The password could not be read from standard input: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (password == null || password.length() < MINIMUM_LENGTH) {
            err.println("Give a password of at least " + MINIMUM_LENGTH + " characters on standard input.");
            return ExitCode.USAGE;
        }
        out.println(new BCryptPasswordEncoder().encode(password));
        return ExitCode.COMPLETED;
    }
}
