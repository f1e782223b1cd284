package com.slacredits.reports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A PDF that appears whole or not at all, and once.
 *
 * <p>The document is written to a hidden sibling ({@code .<name>.tmp}) and renamed to the final
 * name in one atomic step, so a run killed at any moment leaves either the finished file or no
 * file under the final name. A target that already exists and ends like a PDF is left alone: a
 * restarted run renders only what is missing. A temporary file left by a killed run has a fixed
 * name and is simply overwritten.
 *
 * <p>The file is not forced to disk before the rename: on a busy disk an fsync per statement
 * halved throughput, and a killed process loses nothing without it. What an fsync would guard
 * against, a power cut leaving a renamed but empty or cut-off file, is caught instead when the run
 * restarts: a target without the {@code %%EOF} trailer counts as missing and is rendered again.
 */
final class PdfTarget {

    /** Writes a document to the stream it is given. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int TRAILER_WINDOW = 64;

    private final Path target;
    private final Path temporary;

    PdfTarget(Path target) {
        this.target = target;
        this.temporary = temporaryFor(target);
    }

    static Path temporaryFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".tmp");
    }

    /** Writes the document unless a complete one is there; true when it wrote it. */
    boolean write(Content content) throws IOException {
        if (isComplete(target)) {
            Files.deleteIfExists(temporary);
            return false;
        }
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), 64 * 1024)) {
                content.writeTo(out);
            }
            // Replaces a cut-off file at the target, if there is one.
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException | Error failure) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
    }

    /** A PDF ends with {@code %%EOF}, give or take a line break; a cut-off file does not. */
    static boolean isComplete(Path pdf) throws IOException {
        if (!Files.isRegularFile(pdf)) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(pdf.toFile(), "r")) {
            byte[] tail = new byte[(int) Math.min(file.length(), TRAILER_WINDOW)];
            file.seek(file.length() - tail.length);
            file.readFully(tail);
            return new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF");
        }
    }
}
