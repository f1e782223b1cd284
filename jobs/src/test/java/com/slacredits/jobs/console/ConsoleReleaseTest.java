package com.slacredits.jobs.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.slacredits.jobs.cli.ExitCode;
import com.slacredits.jobs.cli.MonthEndCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A run the credit brake held, started from the command line as a scheduler would, released in the
 * console: its own command again with {@code --release-held}, in a launch of its own that is marked as
 * the release, so the run still reads as started from the command line. Four eyes are off here, and
 * the console knows no starter of such a run: any FINANCE user may release it.
 */
@SpringBootTest(classes = ConsoleApplication.class)
@AutoConfigureMockMvc
class ConsoleReleaseTest {

    private static final Path FOLDER = temporaryFolder();
    private static final Path OCTOBER = Path.of("..", "examples", "october-2026", "input").toAbsolutePath()
            .normalize();

    @DynamicPropertySource
    static void heldMonth(DynamicPropertyRegistry registry) {
        String url = "jdbc:h2:file:" + FOLDER.resolve("db").toAbsolutePath()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(printed, true, StandardCharsets.UTF_8);
        ExitCode code = new MonthEndCommand(stream, stream).run("month-end", "--as-of=2026-11-05",
                "--input=" + OCTOBER, "--output=" + FOLDER.resolve("out"), "--spring.datasource.url=" + url,
                "--sla-credits.brake.minimum-verified-claims=1");
        if (code != ExitCode.HELD) {
            throw new IllegalStateException("the October example was not held: " + code + "\n" + printed);
        }
        registry.add("spring.datasource.url", () -> url);
        registry.add("sla-credits.console.results-folder", () -> FOLDER.resolve("results").toString());
        registry.add("sla-credits.console.users[0].name", () -> "fiona");
        registry.add("sla-credits.console.users[0].password-hash",
                () -> new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode("unused-here"));
        registry.add("sla-credits.console.users[0].role", () -> "FINANCE");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    LaunchBook launches;

    @Test
    void aHeldRunFromTheCommandLineIsReleasedInTheConsoleAndStillReadsAsStartedThere() throws Exception {
        String held = page("/runs/1");
        assertThat(held).contains("HELD").contains("id=\"release-form\"").contains("Started from the command line.");
        assertThat(Files.exists(FOLDER.resolve("out").resolve("HELD.txt"))).isTrue();

        String redirect = mvc.perform(post("/runs/1/release").with(user("fiona").roles("FINANCE")).with(csrf())
                .param("reason", "the refund is real")).andExpect(status().isFound()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(redirect).startsWith("/launches/");
        long release = Long.parseLong(redirect.substring("/launches/".length()));
        Launch ended = ended(release);
        assertThat(ended.state()).as(ended.printed()).isEqualTo(LaunchState.COMPLETED);
        assertThat(ended.output()).isEqualTo(FOLDER.resolve("out").toAbsolutePath().normalize());
        assertThat(launches.releasedBy(release)).hasValue(1);
        assertThat(Files.exists(FOLDER.resolve("out").resolve("HELD.txt"))).isFalse();
        assertThat(Files.readAllLines(FOLDER.resolve("out").resolve("adjustments.csv"))).hasSize(6);

        assertThat(page("/launches/" + release)).contains("id=\"releases\"");
        String run = page("/runs/1");
        assertThat(run).contains("COMPLETED").contains("Started from the command line.")
                .doesNotContain("id=\"release-form\"").contains("the refund is real");
        assertThat(launches.startersOfRuns()).doesNotContainKey(1L);
        assertThat(launches.actionsOf(List.of(release), OptionalLong.of(1)))
                .extracting(action -> action.kind() + " " + action.user() + " " + action.reason())
                .containsExactly("RELEASE fiona the refund is real");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user("fiona").roles("FINANCE"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private Launch ended(long launchId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            Launch launch = launches.find(launchId).orElseThrow();
            if (launch.state().isFinal()) {
                return launch;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("launch " + launchId + " did not end within 2 minutes");
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("sla-console-release-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
