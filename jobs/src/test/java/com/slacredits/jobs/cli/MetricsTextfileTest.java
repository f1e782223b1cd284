package com.slacredits.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metrics file is replaced whole, readable by the collector, and leaves nothing beside it. */
class MetricsTextfileTest {

    @TempDir
    Path folder;

    @Test
    void replacesTheFileWholeAndLeavesNoTemporaryFile() throws Exception {
        Path file = folder.resolve("sla_credits.prom");
        Files.writeString(file, "sla_credits_run_exit_code 1\n");
        Object before = Files.readAttributes(file, "unix:ino").get("ino");

        new MetricsTextfile(file).write("sla_credits_run_exit_code 0\n");

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("sla_credits_run_exit_code 0\n");
        // a new file renamed over the old one, never the old one written in place: a scrape sees one or the other
        assertThat(Files.readAttributes(file, "unix:ino").get("ino")).isNotEqualTo(before);
        assertThat(Files.getPosixFilePermissions(file)).contains(PosixFilePermission.OTHERS_READ);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("sla_credits.prom");
        }
    }

    @Test
    void aFolderThatDoesNotExistIsAnErrorAndLeavesNothing() {
        Path file = folder.resolve("missing/sla_credits.prom");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MetricsTextfile(file).write("x 1\n"))
                .isInstanceOf(java.io.IOException.class);
        assertThat(folder.resolve("missing")).doesNotExist();
    }

    @Test
    void onlyAPromFileIsAccepted() {
        assertThat(MetricsTextfile.refusalOf("/var/lib/node_exporter/textfile_collector/sla_credits.prom")).isNull();
        assertThat(MetricsTextfile.refusalOf("/var/lib/node_exporter/sla_credits.txt"))
                .contains("must name a *.prom file");
    }
}
