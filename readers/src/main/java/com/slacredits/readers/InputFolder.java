package com.slacredits.readers;

import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.support.PublicHolidays;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The folder a month-end run reads, and the input files of {@code files.md} in it. */
public final class InputFolder {

    public static final String CONTRACTS = "contracts.csv";
    public static final String INVOICES = "invoices.csv";
    public static final String WINDOWS = "windows.csv";
    public static final String CLAIMS = "claims.csv";
    /** The support portal's incidents (support-sla.md, section 1). */
    public static final String TICKETS = "tickets.csv";
    public static final String TICKET_PAUSES = "ticket-pauses.csv";
    /** Every file whose name matches is a probe file. */
    public static final String PROBES = "probes*.csv";

    private final Path folder;

    /** @throws InputFileException when the folder does not exist or is a file */
    public InputFolder(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            // "does not exist" would send the operator looking for a path that is right there
            throw new InputFileException(folder.toString(), "The input " + folder + " is a file, not a folder.");
        }
        if (!Files.isDirectory(folder)) {
            throw new InputFileException(folder.toString(), "The input folder " + folder + " does not exist.");
        }
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    public Optional<Path> contracts() {
        return present(CONTRACTS);
    }

    public Optional<Path> invoices() {
        return present(INVOICES);
    }

    public Optional<Path> windows() {
        return present(WINDOWS);
    }

    /** {@code claims.csv}: absent when every pack in use decides its periods automatically. */
    public Optional<Path> claims() {
        return present(CLAIMS);
    }

    /** {@code tickets.csv}: absent when the run measures no support ticket. */
    public Optional<Path> tickets() {
        return present(TICKETS);
    }

    public Optional<Path> ticketPauses() {
        return present(TICKET_PAUSES);
    }

    /** Every {@code probes*.csv}, sorted by name; none is not an error, it is a month without monitoring. */
    public List<Path> probes() {
        List<Path> probes = new ArrayList<>();
        try (DirectoryStream<Path> matching = Files.newDirectoryStream(folder, PROBES)) {
            for (Path file : matching) {
                if (Files.isRegularFile(file)) {
                    probes.add(file);
                }
            }
        } catch (IOException e) {
            throw new InputFileException(PROBES, "The probe files in " + folder + " cannot be listed: " + e.getMessage(), e);
        }
        probes.sort(Comparator.comparing(file -> file.getFileName().toString()));
        return probes;
    }

    /**
     * Checks, before anything is read or written, that every input file present has its required
     * columns.
     *
     * @throws MissingColumnException naming the first file (in the order of files.md) and column missing
     * @throws InputFileException when a file cannot be read
     */
    public void checkHeaders() {
        contracts().ifPresent(file -> Header.check(file, ContractRows.COLUMNS));
        invoices().ifPresent(file -> Header.check(file, InvoiceRows.COLUMNS));
        for (Path probes : probes()) {
            Header.check(probes, ProbeRows.COLUMNS);
        }
        windows().ifPresent(file -> Header.check(file, WindowRows.COLUMNS));
        tickets().ifPresent(file -> Header.check(file, TicketRows.COLUMNS));
        ticketPauses().ifPresent(file -> Header.check(file, TicketPauseRows.COLUMNS));
        claims().ifPresent(file -> new ClaimRows().checkHeader(file));
    }

    /**
     * Reads the start of every input file present, before anything is written, for the wrong-file
     * rule, with the formats the run reads them with.
     *
     * @param policies the packs a contract may name, as the run checks contracts.csv against them
     * @param holidays the holiday library a contract's support_country must be known to
     * @throws InputFileException naming the first file (in the order of files.md) that is probably the wrong one
     */
    public void checkSamples(PolicyCatalog policies, PublicHolidays holidays) {
        contracts().ifPresent(file -> WrongFileRule.sample(file, new ContractRows(policies, holidays)));
        invoices().ifPresent(file -> WrongFileRule.sample(file, new InvoiceRows()));
        for (Path probes : probes()) {
            WrongFileRule.sample(probes, new ProbeRows());
        }
        windows().ifPresent(file -> WrongFileRule.sample(file, new WindowRows()));
        tickets().ifPresent(file -> WrongFileRule.sample(file, new TicketRows()));
        ticketPauses().ifPresent(file -> WrongFileRule.sample(file, new TicketPauseRows()));
        claims().ifPresent(file -> WrongFileRule.sample(file, new ClaimRows()));
    }

    private Optional<Path> present(String name) {
        Path file = folder.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
