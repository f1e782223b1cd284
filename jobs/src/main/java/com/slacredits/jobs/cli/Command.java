package com.slacredits.jobs.cli;

import com.slacredits.domain.Numerals;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The jar's commands: their names, what each is for, and the text {@code COMMAND --help} prints. The
 * top-level list, the help of each command and the refusal of a command the jar does not know all
 * come from here, so that none of them forgets one.
 */
public enum Command {

    MONTH_END("month-end", "a month's run: decide the claims, post the adjustments, write the files", """
            {usage}
            A month's run: reads the input folder, decides what is due by --as-of, posts the invoice
            adjustments and writes decisions, adjustments, rejects, statements and the summary to --output.
            The same command resumes a run that failed, or was held.

              --as-of=YYYY-MM-DD     the run's date: claims and periods due by then are decided
              --input=DIR            the folder with contracts.csv, claims.csv, probes*.csv, ... (files.md)
              --output=DIR           where the results go: a new or empty folder
              --policies=DIR         the customer's own policy packs, beside the built-in ones
              --dry-run              decide and write everything, post and commit nothing
              --release-held         post what the credit brake held (after exit 4)
              --workers=remote       run the partitioned steps on worker processes (docs/scaling-out.md)
              --spring.datasource.url=jdbc:mysql://...   the database; without it, the embedded one
              --sla-credits.database.embedded-folder=./DIR   the embedded database's folder (./data)

            Exit: 0 completed, 1 failed (the same command resumes it), 2 wrong command line or policy
            pack, 3 another run is in progress, 4 held for review. More: docs/command-line.md
            """, MonthEndArguments.USAGE),
    EXPORT("export", "every output of an earlier run again, from the database", """
            {usage}
            Writes run N's files again into a new folder, from the database: the CSVs, the statements
            and the summary, as the run wrote them. Nothing of its input folder is read.

              --run=N                the run's number, as its last lines and the console give it
              --output=DIR           a new or empty folder
              --policies=DIR         the customer's own packs, as the run had them
              --spring.datasource.url=...                the run's database
              --sla-credits.database.embedded-folder=./DIR   the run's embedded database's folder

            Exit: 0 written, 1 failed, 2 wrong command line or no such run. More: docs/operating.md
            """, ExportCommand.USAGE),
    ABANDON("abandon", "gives up a failed run that can never finish, recorded, so the next month-end can run", """
            {usage}
            Marks run N abandoned under the run lock and records who, when and why. Nothing is undone:
            what it decided and posted stays, and export --run=N writes its files as far as it got.

              --run=N                the failed or held run's number
              --reason=TEXT          why it is given up, for the record (at most 1,000 characters)
              --spring.datasource.url=...                the run's database
              --sla-credits.database.embedded-folder=./DIR   the run's embedded database's folder

            Exit: 0 abandoned, 1 failed, 2 wrong command line or a run that finished, 3 a run is in
            progress. More: docs/command-line.md
            """, AbandonCommand.USAGE),
    WORKER("worker", "runs the partitioned steps of --workers=remote month-ends", """
            {usage}
            A long-lived process that runs the partitions month-end runs with --workers=remote send over
            RabbitMQ, until SIGTERM. Its database and its policy packs are the runs' own.

              --policies=DIR         the customer's own packs, as the runs have them
              --spring.datasource.url=jdbc:mysql://...   the runs' shared database (not the embedded one)
              --spring.rabbitmq.host=HOST                the broker

            More: docs/scaling-out.md
            """, WorkerCommand.USAGE),
    CONSOLE("console", "the finance console, a web application", """
            {usage}
            The finance console over the month-end's database: runs, decisions, reversals, launches.
            Listens on 127.0.0.1:8080 unless --server.address and --server.port say otherwise.

            More: docs/console.md
            """, ConsoleCommand.USAGE.lines().findFirst().orElseThrow()),
    CONSOLE_USER("console-user", "prints a bcrypt hash for a console user's password", """
            {usage}
            Reads a password from the first line of standard input and prints the bcrypt hash the
            console's user configuration takes. The password is never an argument.

            More: docs/console.md
            """, PasswordHashCommand.USAGE);

    /** What every command also answers, before its own arguments are looked at. */
    static final String HELP = "--help";
    static final String SHORT_HELP = "-h";
    static final String VERSION = "--version";

    private final String name;
    private final String purpose;
    private final String help;

    Command(String name, String purpose, String help, String usage) {
        this.name = name;
        this.purpose = purpose;
        this.help = help.replace("{usage}", usage).strip() + "\n  --help, -h             this text\n"
                + "  --version              the version";
    }

    public String commandName() {
        return name;
    }

    /** The text {@code COMMAND --help} prints. */
    String help() {
        return help;
    }

    static Optional<Command> named(String name) {
        return Arrays.stream(values()).filter(command -> command.name.equals(name)).findFirst();
    }

    /** The list {@code --help} prints: every command and what it is for. */
    static String list() {
        return Arrays.stream(values()).map(command -> Numerals.format("  %-14s%s", command.name, command.purpose))
                .collect(Collectors.joining("\n"));
    }

    /** The commands' names in a sentence: month-end, export, worker, console and console-user. */
    static String names() {
        String all = Arrays.stream(values()).map(command -> command.name).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " and " + all.substring(last + 2);
    }
}
