package com.slacredits.readers.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.support.PublicHolidays;
import com.slacredits.readers.InputFileException;
import com.slacredits.readers.KnownCountries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where packs come from (policy packs, section 1): the five built-in ones, then a folder's *.yaml files by name. */
class PolicyLibraryTest {

    @TempDir
    Path policies;

    @Test
    void without_a_folder_knows_the_five_built_in_packs() {
        PolicyCatalog catalog = PolicyLibrary.load(Optional.empty());

        assertThat(catalog.packs()).extracting(PolicyPack::id)
                .containsExactly("standard-2024", "iot-cloud-2022", "cpaas-2024", "plm-2022", "pricing-saas-2018");
        assertThat(PolicyLibrary.builtIn()).extracting(PolicyPack::id).isEqualTo(PolicyLibrary.BUILT_IN_IDS);
    }

    @Test
    void an_empty_folder_adds_nothing() {
        assertThat(PolicyLibrary.load(Optional.of(policies)).packs()).hasSize(5);
    }

    @Test
    void adds_every_yaml_file_of_the_folder_in_the_order_of_their_names() throws IOException {
        write("b.yaml", pack("pack-b"));
        write("a.yaml", pack("pack-z"));
        write("c.yaml", pack("pack-a"));

        PolicyCatalog catalog = PolicyLibrary.load(Optional.of(policies));

        assertThat(catalog.packs()).extracting(PolicyPack::id).containsExactly("standard-2024", "iot-cloud-2022",
                "cpaas-2024", "plm-2022", "pricing-saas-2018", "pack-z", "pack-b", "pack-a");
    }

    @Test
    void reads_only_files_named_yaml() throws IOException {
        write("notes.txt", "not a pack");
        write("old.yaml.bak", "not a pack either");
        write("draft.yml", pack("drafted"));
        Files.createDirectory(policies.resolve("archive.yaml"));
        write("real.yaml", pack("real"));

        PolicyCatalog catalog = PolicyLibrary.load(Optional.of(policies));

        assertThat(catalog.packs()).extracting(PolicyPack::id).endsWith("pricing-saas-2018", "real");
    }

    @Test
    void an_invalid_file_of_the_folder_stops_the_load() throws IOException {
        write("a.yaml", pack("fine"));
        write("b.yaml", pack("broken").replace("zone: Europe/Amsterdam", "zone: Europe/Atlantis"));

        assertThatThrownBy(() -> PolicyLibrary.load(Optional.of(policies)))
                .isInstanceOfSatisfying(InvalidPackException.class, e -> {
                    assertThat(e.file()).isEqualTo("b.yaml");
                    assertThat(e.key()).isEqualTo("zone");
                });
    }

    @Test
    void a_folder_that_does_not_exist_stops_the_load() {
        Path missing = policies.resolve("nowhere");

        assertThatThrownBy(() -> PolicyLibrary.load(Optional.of(missing)))
                .isInstanceOf(InputFileException.class)
                .hasMessage("The policies folder " + missing + " does not exist or is not a folder.");
    }

    @Test
    void each_built_in_pack_is_read_from_the_resource_named_after_its_id() {
        for (String id : PolicyLibrary.BUILT_IN_IDS) {
            assertThat(PolicyLibrary.builtIn(id).id()).isEqualTo(id);
            assertThat(PolicyLibrary.class.getResource(id + ".yaml")).as(id).isNotNull();
        }
    }

    @Test
    void with_the_holiday_library_a_calendars_country_must_be_one_it_knows() throws IOException {
        write("fr.yaml", SupportPackTexts.SUPPORT.replace("holidays: NL", "holidays: FR"));

        assertThatThrownBy(() -> PolicyLibrary.load(Optional.of(policies), KnownCountries.HOLIDAY_LIBRARY))
                .isInstanceOfSatisfying(InvalidPackException.class, e -> {
                    assertThat(e.file()).isEqualTo("fr.yaml");
                    assertThat(e.key()).isEqualTo("calendars.office.holidays");
                });
        // Without it, France is a country of ISO 3166.
        assertThat(PolicyLibrary.load(Optional.of(policies)).require("acme-support").support()).isPresent();
    }

    @Test
    void the_built_in_packs_are_checked_against_the_holiday_library_too() {
        PublicHolidays withoutBulgaria = new PublicHolidays() {
            @Override
            public boolean knows(String country) {
                return !country.equalsIgnoreCase("BG");
            }

            @Override
            public boolean isHoliday(String country, LocalDate date) {
                return false;
            }
        };

        assertThat(PolicyLibrary.load(Optional.empty(), KnownCountries.HOLIDAY_LIBRARY).packs()).hasSize(5);
        assertThat(PolicyLibrary.builtIn(KnownCountries.HOLIDAY_LIBRARY)).hasSize(5);
        assertThatThrownBy(() -> PolicyLibrary.load(Optional.empty(), withoutBulgaria))
                .isInstanceOfSatisfying(InvalidPackException.class, e -> {
                    assertThat(e.file()).isEqualTo("iot-cloud-2022.yaml");
                    assertThat(e.key()).isEqualTo("calendars.office.holidays");
                });
    }

    private void write(String fileName, String text) throws IOException {
        Files.writeString(policies.resolve(fileName), text);
    }

    static String pack(String id) {
        return CustomerPackTest.NORTHWIND.replace("id: northwind-60d", "id: " + id);
    }
}
