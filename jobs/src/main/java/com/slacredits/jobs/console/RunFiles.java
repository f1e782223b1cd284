package com.slacredits.jobs.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/**
 * The output files of one run: its CSVs, {@code summary.pdf}, {@code HELD.txt} and
 * {@code statements/<customer>.pdf}, as they are in the run's own output folder.
 *
 * <p>A download names a file of this listing, and only the listing's own path is ever opened: a name
 * from a request is compared with the listing, never resolved against a folder, so {@code ..}, an
 * absolute path or a link out of the folder cannot reach anything else.
 */
public final class RunFiles {

    /** The output folder's files and, one level down, the statements. */
    private static final int DEPTH = 2;

    private final Path folder;

    public RunFiles(Path folder) {
        this.folder = folder;
    }

    /** The names of the run's files, relative to its folder with {@code /} between parts, sorted. */
    public List<String> names() {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.walk(folder, DEPTH)) {
            return entries.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .map(this::nameOf)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the output folder " + folder + " cannot be listed", e);
        }
    }

    /** The file the listing calls {@code name}; empty for any name not in it. */
    public Optional<Path> find(String name) {
        if (name == null || folder == null || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.walk(folder, DEPTH)) {
            return entries.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> nameOf(file).equals(name))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("the output folder " + folder + " cannot be listed", e);
        }
    }

    /**
     * The download of the file the listing calls {@code name}: not found for any other name, {@code ..}
     * and absolute paths among them.
     */
    static ResponseEntity<Resource> download(RunFiles files, String name) {
        Path file = files.find(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        MediaType type = MediaTypeFactory.getMediaType(file.getFileName().toString())
                .orElse(MediaType.APPLICATION_OCTET_STREAM);
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.getFileName().toString()).build().toString())
                .body(new FileSystemResource(file));
    }

    private String nameOf(Path file) {
        return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
