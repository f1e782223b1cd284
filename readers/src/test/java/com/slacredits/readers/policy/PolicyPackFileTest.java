package com.slacredits.readers.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.PolicyPack;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values are read as written: nothing is guessed from how a scalar looks, and no number becomes a double. */
class PolicyPackFileTest {

    @TempDir
    Path policies;

    @Test
    void reads_a_file_of_a_folder() throws IOException {
        Path file = policies.resolve("northwind-60d.yaml");
        Files.writeString(file, CustomerPackTest.NORTHWIND);

        assertThat(PolicyPackFile.read(file).id()).isEqualTo("northwind-60d");
    }

    @Test
    void a_guarantee_keeps_the_decimals_it_was_written_with() {
        PolicyPack pack = read(CustomerPackTest.NORTHWIND.replace("guarantee: 99.5", "guarantee: 99.50"));

        assertThat(pack.edition("BUSINESS").orElseThrow().fixedGuarantee()).contains(new BigDecimal("99.50"));
    }

    @Test
    void text_that_looks_like_a_number_or_a_boolean_stays_text() {
        PolicyPack pack = read(CustomerPackTest.NORTHWIND.replace("id: northwind-60d", "id: 2024")
                .replace("name: Northwind Hosting SLA", "name: yes"));

        assertThat(pack.id()).isEqualTo("2024");
        assertThat(pack.name()).isEqualTo("yes");
    }

    @Test
    void a_quoted_number_is_a_number_too() {
        PolicyPack pack = read(CustomerPackTest.NORTHWIND.replace("guarantee: 99.5", "guarantee: '99.5'"));

        assertThat(pack.edition("BUSINESS").orElseThrow().fixedGuarantee()).contains(new BigDecimal("99.5"));
    }

    @Test
    void a_notice_in_days_is_exact_hours() {
        assertThat(read(CustomerPackTest.NORTHWIND.replace("maintenanceNotice: PT48H", "maintenanceNotice: P14D"))
                .excuseRule().maintenanceNotice()).contains(Duration.ofHours(336));
        assertThat(read(CustomerPackTest.NORTHWIND.replace("maintenanceNotice: PT48H", "maintenanceNotice: P2DT3H"))
                .excuseRule().maintenanceNotice()).contains(Duration.ofHours(51));
    }

    @Test
    void without_a_notice_maintenance_needs_none() {
        PolicyPack pack = read(CustomerPackTest.NORTHWIND.replace("maintenanceNotice: PT48H\n", ""));

        assertThat(pack.excuseRule().maintenanceNotice()).isEmpty();
        assertThat(pack.excuseRule().maintenanceMaxMinutes()).isEmpty();
    }

    @Test
    void a_pack_may_excuse_nothing() {
        PolicyPack pack = read(CustomerPackTest.NORTHWIND.replace("[MAINTENANCE, THIRD_PARTY, FORCE_MAJEURE, CUSTOMER]", "[]"));

        assertThat(pack.excuseRule().excusedCauses()).isEmpty();
    }

    @Test
    void keys_may_come_in_any_order_and_lists_in_block_style() {
        PolicyPack pack = read("""
                editions:
                  BUSINESS:
                    schedule: AVAILABILITY_TIERS
                    breach:
                      remedy: CREDIT
                      credit: 100
                    tiers:
                      - atLeast: 99
                        credit: 10
                    guarantee: 99.5
                claimWindow: P60D
                claims: REQUIRED
                excusedCauses:
                  - MAINTENANCE
                minOutageMinutes: 5
                period: MONTH
                zone: Europe/Amsterdam
                name: Northwind Hosting SLA
                id: northwind-60d
                """);

        assertThat(pack.id()).isEqualTo("northwind-60d");
        assertThat(pack.edition("BUSINESS")).isPresent();
    }

    private static PolicyPack read(String text) {
        return PolicyPackFile.read("test.yaml", text);
    }
}
