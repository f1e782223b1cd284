package com.slacredits.jobs.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The file {@code sla-credits.metrics.textfile} names, in node_exporter's textfile-collector
 * convention: a {@code *.prom} file that is replaced whole, never written in place, so that a scrape
 * never reads half a run.
 */
final class MetricsTextfile {

    /** The setting that turns the metrics file on; off when absent. */
    static final String SETTING = "sla-credits.metrics.textfile";

    private final Path file;

    MetricsTextfile(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    Path file() {
        return file;
    }

    /** The sentence that refuses a file the textfile collector would not read, if this is one. */
    static String refusalOf(String setting) {
        return setting.endsWith(".prom") ? null : SETTING + " must name a *.prom file, which node_exporter's "
                + "textfile collector reads; it names " + setting + ".";
    }

    /**
     * Writes the text beside the file under a name the collector skips, then renames it over the file:
     * a rename within one folder is atomic.
     */
    void write(String text) throws IOException {
        Path folder = file.getParent();
        Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            // createTempFile makes it readable by its owner only; node_exporter runs as another user
            if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
