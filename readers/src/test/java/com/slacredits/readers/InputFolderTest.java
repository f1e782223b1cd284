package com.slacredits.readers;

import static com.slacredits.readers.CsvFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFolderTest {

    @TempDir
    Path folder;

    @Test
    void checkHeadersNamesTheFileAndTheColumnMissing() {
        write(folder, "claims.csv", "claim_id,contract_id,service_month,received_at,channel\n");
        write(folder, "windows.csv", "window_id,service_id,cause,starts_at\n");

        assertThatThrownBy(() -> new InputFolder(folder).checkHeaders())
                .isInstanceOf(MissingColumnException.class)
                .hasMessage("windows.csv lacks the required column ends_at.");
    }

    @Test
    void optionalFilesMayBeAbsentButClaimsMayNot() {
        write(folder, "probes.csv", "service_id,checked_at,status\n");

        InputFolder input = new InputFolder(folder);

        assertThat(input.contracts()).isEmpty();
        assertThatThrownBy(input::checkHeaders)
                .isInstanceOf(InputFileException.class)
                .hasMessage("claims.csv is missing from the input folder " + folder + ".");
    }

    @Test
    void headersAloneAreEnough() {
        write(folder, "claims.csv", "\uFEFFchannel,received_at,service_month,contract_id,claim_id,note\n");

        new InputFolder(folder).checkHeaders();

        assertThat(Header.read(folder.resolve("claims.csv")).names())
                .containsExactly("channel", "received_at", "service_month", "contract_id", "claim_id", "note");
    }

    @Test
    void aFolderThatIsNotThereFails() {
        assertThatThrownBy(() -> new InputFolder(folder.resolve("nope")))
                .isInstanceOf(InputFileException.class)
                .hasMessage("The input folder " + folder.resolve("nope") + " does not exist.");
    }
}
