package com.slacredits.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line before any command runs: help, the version, names typed wrong, the database it names. */
class CommandLineTest {

    private static final String VERSION = "sla-credits 0.1.0-SNAPSHOT";

    record Answer(Optional<ExitCode> code, String out, String err) {
    }

    static Answer answer(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Optional<ExitCode> code = SlaCreditsApplication.answered(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Answer(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void helpListsEveryCommandAndExitsZero(String help) {
        Answer answer = answer(help);

        assertThat(answer.code()).contains(ExitCode.COMPLETED);
        assertThat(answer.err()).isEmpty();
        assertThat(answer.out()).startsWith(VERSION + ": ");
        for (String command : List.of("month-end", "export", "worker", "console", "console-user")) {
            assertThat(answer.out()).containsPattern("(?m)^  " + command + " +\\S");
        }
    }

    @ParameterizedTest
    @CsvSource({"month-end, --as-of=YYYY-MM-DD", "export, --run=N", "worker, --policies=DIR",
        "console, --server.port", "console-user, --password-stdin"})
    void everyCommandHasItsHelpAndItsVersion(String command, String option) {
        for (String help : List.of("--help", "-h")) {
            // before its own arguments are looked at: a missing --as-of does not stand in the way
            Answer answer = answer(command, "--output=somewhere", help);
            assertThat(answer.code()).contains(ExitCode.COMPLETED);
            assertThat(answer.out()).startsWith("Usage: java -jar").contains(command, option, "--help, -h", "--version");
        }
        assertThat(answer("help", command).out()).isEqualTo(answer(command, "--help").out());
        Answer version = answer(command, "--version");
        assertThat(version.code()).contains(ExitCode.COMPLETED);
        assertThat(version.out()).isEqualTo(VERSION + System.lineSeparator());
    }

    @Test
    void theVersionIsTheBuilds() {
        Answer answer = answer("--version");

        assertThat(answer.code()).contains(ExitCode.COMPLETED);
        assertThat(answer.out().strip()).isEqualTo(VERSION);
    }

    @Test
    void aCommandToRunIsNotAnswered() {
        assertThat(answer("month-end", "--as-of=2026-11-05").code()).isEmpty();
        assertThat(answer("export", "--run=1").code()).isEmpty();
    }

    @Test
    void noCommandOrAnUnknownOneIsExitTwoNamingEveryCommand() {
        Answer none = answer();
        assertThat(none.code()).contains(ExitCode.USAGE);
        assertThat(none.err()).startsWith("No command given: the commands are month-end, export, abandon, worker, console and "
                + "console-user.");

        Answer typo = answer("mont-end", "--as-of=2026-11-05");
        assertThat(typo.code()).contains(ExitCode.USAGE);
        assertThat(typo.err().strip()).isEqualTo("Unknown command 'mont-end'; did you mean month-end? The commands are "
                + "month-end, export, abandon, worker, console and console-user; --help says more.");

        assertThat(answer("deploy").err()).startsWith("Unknown command 'deploy'. The commands are");
        assertThat(answer("consoles").err()).startsWith("Unknown command 'consoles'; did you mean console?");
    }

    @Test
    void anUnknownOptionOneSlipFromAKnownOneIsNamed() {
        Set<String> options = Set.of("--as-of", "--input", "--output", "--policies", "--workers");
        Set<String> flags = Set.of("--dry-run", "--release-held");

        assertThatThrownBy(() -> CommandLine.parse(List.of("--ouput=out"), options, flags))
                .isInstanceOf(UsageException.class).hasMessage("Unknown option --ouput; did you mean --output?");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--asof=2026-11-05"), options, flags))
                .hasMessage("Unknown option --asof; did you mean --as-of?");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--dry-runn"), options, flags))
                .hasMessage("Unknown option --dry-runn; did you mean --dry-run?");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--outptu=out"), options, flags))
                .hasMessage("Unknown option --outptu; did you mean --output?");
        // two slips: no guess
        assertThatThrownBy(() -> CommandLine.parse(List.of("--oput=out"), options, flags))
                .hasMessage("Unknown option --oput.");
        assertThatThrownBy(() -> CommandLine.parse(List.of("november"), options, flags))
                .hasMessage("Unknown argument 'november'.");
    }

    @ParameterizedTest
    @CsvSource({
        "--output, --output, false",
        "--ouput, --output, true",
        "--outpu, --output, true",
        "--outputt, --output, true",
        "--outbut, --output, true",
        "--otuput, --output, true",
        "--oput, --output, false",
        "--tuoput, --output, false",
        "-h, --h, true",
        "month-end, mont-end, true",
        "month-end, month-ned, true",
        "month-end, mnoth-edn, false",
    })
    void oneSlipIsOneCharacterAddedDroppedChangedOrTwoNeighboursSwapped(String typed, String name, boolean oneSlip) {
        assertThat(Misspelling.oneSlipApart(typed, name)).isEqualTo(oneSlip);
    }

    @Test
    void theEmbeddedDatabaseIsInDataUnlessItsFolderIsSet() {
        String options = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
        assertThat(CommandLine.database(List.of()).url()).isEqualTo("jdbc:h2:file:./data/sla-credits" + options);
        assertThat(CommandLine.database(List.of("--sla-credits.database.embedded-folder=./data/october-2026")).url())
                .isEqualTo("jdbc:h2:file:./data/october-2026/sla-credits" + options);
        // a URL given is the URL used
        assertThat(CommandLine.database(List.of("--sla-credits.database.embedded-folder=./data/october-2026",
                "--spring.datasource.url=jdbc:mysql://db/sla")).url()).isEqualTo("jdbc:mysql://db/sla");
    }
}
