package com.slacredits.writers.csv;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * An output file written as {@code <name>.part} beside its final name and moved into place only
 * when complete, so the final name never shows a partial file, whatever happens to the run.
 */
final class StagedFile implements Closeable {

    static final String PART_SUFFIX = ".part";

    private final Path target;
    private final Path part;
    private final FileChannel channel;
    private boolean published;

    private StagedFile(Path target, Path part, FileChannel channel) {
        this.target = target;
        this.part = part;
        this.channel = channel;
    }

    /**
     * Opens {@code target}'s .part, emptied: whoever writes it writes the whole file, so what an
     * earlier, failed attempt left there must go.
     */
    static StagedFile open(Path target) throws IOException {
        Path part = partOf(target);
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        FileChannel channel = FileChannel.open(part,
                StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        return new StagedFile(target, part, channel);
    }

    static Path partOf(Path target) {
        return target.resolveSibling(target.getFileName() + PART_SUFFIX);
    }

    FileChannel channel() {
        return channel;
    }

    Path part() {
        return part;
    }

    /**
     * Moves the .part onto the final name. The content is forced to disk first, so a crash
     * after the move cannot leave a final file with missing bytes.
     */
    void publish() throws IOException {
        if (published) {
            return;
        }
        channel.force(true);
        channel.close();
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
        published = true;
    }

    /** Without {@link #publish()}, the .part stays as it is: evidence of the failed attempt. */
    @Override
    public void close() throws IOException {
        channel.close();
    }
}
