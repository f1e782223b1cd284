package com.slacredits.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The systemd units in deploy/systemd, which docs/operating.md shows verbatim: only exit 0 is a success,
 * so a held run (4) alerts as a failed one (1) does, and no value carries a comment, which systemd would
 * read as part of it.
 */
class SystemdUnitsTest {

    private static final Path UNITS = Path.of("..", "deploy", "systemd");
    private static final List<String> FILES = List.of("sla-credits.service", "sla-credits.timer",
            "sla-credits-alert@.service");

    @Test
    void onlyExitZeroIsASuccessAndEveryOtherStatusAlerts() throws IOException {
        List<String> service = Files.readAllLines(UNITS.resolve("sla-credits.service"));
        assertThat(service).noneMatch(line -> line.startsWith("SuccessExitStatus="));
        assertThat(service).noneMatch(line -> line.startsWith("RestartPreventExitStatus="));
        assertThat(service).contains("OnFailure=sla-credits-alert@%n.service");
        assertThat(service).contains("Type=oneshot");
        assertThat(UNITS.resolve("sla-credits-alert@.service")).isRegularFile();
    }

    @Test
    void noValueCarriesATrailingComment() throws IOException {
        for (String file : FILES) {
            for (String line : Files.readAllLines(UNITS.resolve(file))) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith(";") || line.startsWith("[")) {
                    continue;
                }
                // systemd keeps "value   # comment" whole: EnvironmentFile= would name a file that does not exist
                String value = line.substring(line.indexOf('=') + 1);
                if (!line.startsWith("ExecStart=")) {
                    assertThat(value).as(file + ": " + line).doesNotContainPattern("\\s[#;]");
                }
            }
        }
    }

    @Test
    void theOperatorsGuideShowsTheUnitsAsTheyAre() throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "operating.md"), StandardCharsets.UTF_8);
        for (String file : FILES) {
            assertThat(guide).as(file).contains(Files.readString(UNITS.resolve(file), StandardCharsets.UTF_8));
        }
    }

    /** systemd's own check: the syntax, the sections, the commands. Skipped where systemd is not installed. */
    @Test
    void systemdVerifiesTheUnits() throws Exception {
        Path tool = Stream.of("/usr/bin/systemd-analyze", "/bin/systemd-analyze").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(tool != null, "systemd-analyze is not installed here: the units are checked by the other tests only");
        List<String> command = new ArrayList<>(List.of(tool.toString(), "verify"));
        FILES.forEach(file -> command.add(UNITS.resolve(file).toAbsolutePath().normalize().toString()));
        Process verify = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String said = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(verify.exitValue()).as(said).isZero();
        assertThat(said.lines().filter(line -> line.contains("sla-credits")))
                .as("systemd-analyze verify has nothing to say about our units").isEmpty();
    }
}
