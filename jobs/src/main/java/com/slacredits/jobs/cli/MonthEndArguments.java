package com.slacredits.jobs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The month-end command line: {@code month-end --as-of=DATE --input=DIR --output=DIR [--dry-run]
 * [--policies=DIR] [--release-held]}, plus any {@code --spring.*} or {@code --sla-credits.*} setting, which
 * goes to Spring Boot untouched.
 *
 * @param policies a folder of the customer's own policy packs, added to the built-in ones
 * @param releaseHeld posts what the credit brake held (files.md, exit 4); it does not identify the run,
 *     so the held run's own command with it resumes that run
 * @param remoteWorkers {@code --workers=remote}: the partitioned steps run on worker processes (README,
 *     Scaling out); it does not identify the run either, so a run can be resumed with or without it
 */
public record MonthEndArguments(LocalDate asOf, Path input, Path output, boolean dryRun, Optional<Path> policies,
        List<String> springArguments, boolean releaseHeld, boolean remoteWorkers) {

    public MonthEndArguments(LocalDate asOf, Path input, Path output, boolean dryRun, Optional<Path> policies,
            List<String> springArguments) {
        this(asOf, input, output, dryRun, policies, springArguments, false, false);
    }

    public MonthEndArguments(LocalDate asOf, Path input, Path output, boolean dryRun, Optional<Path> policies,
            List<String> springArguments, boolean releaseHeld) {
        this(asOf, input, output, dryRun, policies, springArguments, releaseHeld, false);
    }

    public static final String USAGE = "Usage: java -jar jobs/target/sla-credits.jar month-end --as-of=YYYY-MM-DD "
            + "--input=DIR --output=DIR [--dry-run] [--policies=DIR] [--release-held] [--workers=remote] [--spring.datasource.url=jdbc:mysql://...]";

    public static MonthEndArguments parse(String... args) throws UsageException {
        return parse(Clock.systemUTC(), args);
    }

    /** As {@link #parse(String...)}, with today taken from {@code clock}. */
    static MonthEndArguments parse(Clock clock, String... args) throws UsageException {
        if (args.length == 0 || !"month-end".equals(args[0])) {
            throw new UsageException(args.length == 0 ? "No command given: the commands are " + Command.names() + "."
                    : "Unknown command '" + args[0] + "': the commands are " + Command.names() + ".");
        }
        CommandLine line = CommandLine.parse(List.of(args).subList(1, args.length),
                Set.of("--as-of", "--input", "--output", "--policies", "--workers"),
                Set.of("--dry-run", "--release-held"));
        String workers = line.value("--workers").orElse("local");
        if (!workers.equals("remote") && !workers.equals("local")) {
            throw new UsageException("--workers is remote or local, not '" + workers + "'.");
        }
        LocalDate date = parseDate(line.required("--as-of"), clock);
        String input = line.required("--input");
        String output = line.required("--output");
        String policies = line.value("--policies").orElse(null);
        boolean dryRun = line.flag("--dry-run");
        boolean releaseHeld = line.flag("--release-held");
        List<String> spring = line.settings();
        Path inputDir = Path.of(input).toAbsolutePath().normalize();
        Path outputDir = Path.of(output).toAbsolutePath().normalize();
        if (Files.exists(inputDir) && !Files.isDirectory(inputDir)) {
            throw new UsageException("The input " + inputDir + " is a file, not a folder.");
        }
        if (!Files.isDirectory(inputDir)) {
            throw new UsageException("The input folder " + inputDir + " does not exist.");
        }
        if (Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
            throw new UsageException("The output " + outputDir + " is a file, not a folder.");
        }
        if (linksResolved(outputDir).startsWith(linksResolved(inputDir))) {
            // the input is another system's drop folder: results there get mistaken for, or cleaned with, its exports
            throw new UsageException("The output folder " + outputDir + " is inside the input folder " + inputDir
                    + ": give an output folder outside it.");
        }
        Optional<Path> policiesDir = Optional.ofNullable(policies).map(dir -> Path.of(dir).toAbsolutePath().normalize());
        if (policiesDir.isPresent() && !Files.isDirectory(policiesDir.get())) {
            throw new UsageException("The policies folder " + policiesDir.get() + " does not exist.");
        }
        return new MonthEndArguments(date, inputDir, outputDir, dryRun, policiesDir, List.copyOf(spring), releaseHeld,
                "remote".equals(workers));
    }

    /**
     * The path with the links of its existing part followed, so that a link cannot put the output
     * inside the input unnoticed; the part still to be created stays as written.
     */
    private static Path linksResolved(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(path));
        } catch (IOException e) {
            return path;
        }
    }

    private static LocalDate parseDate(String value, Clock clock) throws UsageException {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of must be a date like 2026-11-05, not '" + value + "'.");
        }
        return AsOfRange.of(clock).check(date);
    }
}
