package com.slacredits.jobs.cli;

import com.slacredits.jobs.store.DatabaseSettings;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The jar's entry point. The commands: month-end ({@link MonthEndCommand}), export
 * ({@link ExportCommand}), abandon ({@link AbandonCommand}), worker ({@link WorkerCommand}), console and console-user
 * ({@link ConsoleCommand}); this answers help, the version and a command it does not know itself, and
 * otherwise only exits with their status. Each command boots its own process configuration, so nothing
 * is scanned and no profile says which process this is.
 */
public final class SlaCreditsApplication {

    /** The top-level answers to help: {@code --help}, {@code -h} and {@code help}. */
    private static final List<String> HELP = List.of(Command.HELP, Command.SHORT_HELP, "help");

    private SlaCreditsApplication() {
    }

    public static void main(String[] args) {
        Optional<ExitCode> answered = answered(args, System.out, System.err);
        if (answered.isPresent()) {
            System.exit(answered.get().status());
        }
        if (args[0].equals(Command.CONSOLE.commandName()) || args[0].equals(Command.CONSOLE_USER.commandName())) {
            ConsoleCommand.main(args); // the console's server threads keep the process running
            return;
        }
        System.exit(run(args, System.out, System.err).status());
    }

    /** month-end, export and worker, as {@link #main} runs them, and its own answers to every command. */
    public static ExitCode run(String[] args, PrintStream out, PrintStream err) {
        Optional<ExitCode> answered = answered(args, out, err);
        if (answered.isPresent()) {
            return answered.get();
        }
        return switch (Command.named(args[0]).orElseThrow()) {
            case EXPORT -> new ExportCommand(out, err).run(args);
            case ABANDON -> new AbandonCommand(out, err).run(args);
            case WORKER -> new WorkerCommand(out, err).run(args);
            case MONTH_END -> new MonthEndCommand(out, err).run(args);
            case CONSOLE, CONSOLE_USER -> throw new IllegalArgumentException(args[0] + " runs from main only");
        };
    }

    /**
     * What the jar answers before a command runs: help ({@code --help}, {@code -h}, {@code help [COMMAND]},
     * {@code COMMAND --help}), the version ({@code --version}, {@code COMMAND --version}), and the refusal of
     * no command or of one it does not know. Empty when a command is to run.
     */
    static Optional<ExitCode> answered(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("No command given: the commands are " + Command.names() + ".");
            err.println(overview());
            return Optional.of(ExitCode.USAGE);
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (HELP.contains(args[0])) {
            Optional<Command> about = rest.isEmpty() ? Optional.empty() : Command.named(rest.get(0));
            out.println(about.map(Command::help).orElseGet(SlaCreditsApplication::overview));
            return Optional.of(ExitCode.COMPLETED);
        }
        if (args[0].equals(Command.VERSION)) {
            out.println(version());
            return Optional.of(ExitCode.COMPLETED);
        }
        Optional<Command> command = Command.named(args[0]);
        if (command.isEmpty()) {
            err.println("Unknown command '" + args[0] + "'"
                    + Misspelling.intended(args[0], Arrays.stream(Command.values()).map(Command::commandName).toList())
                            .map(near -> "; did you mean " + near + "?").orElse(".")
                    + " The commands are " + Command.names() + "; --help says more.");
            return Optional.of(ExitCode.USAGE);
        }
        if (rest.contains(Command.HELP) || rest.contains(Command.SHORT_HELP)) {
            out.println(command.get().help());
            return Optional.of(ExitCode.COMPLETED);
        }
        if (rest.contains(Command.VERSION)) {
            out.println(version());
            return Optional.of(ExitCode.COMPLETED);
        }
        return Optional.empty();
    }

    /** {@code sla-credits 0.1.0}: the build's version, from the jar's application.properties. */
    static String version() {
        return "sla-credits " + DatabaseSettings.builtIn("sla-credits.version");
    }

    private static String overview() {
        return version() + ": SLA credits at month end.\n"
                + "Usage: java -jar sla-credits.jar COMMAND [options]   (COMMAND --help says more)\n\n"
                + Command.list() + "\n\n"
                + "  --help, -h    this text; help COMMAND, the command's\n"
                + "  --version     the version";
    }
}
