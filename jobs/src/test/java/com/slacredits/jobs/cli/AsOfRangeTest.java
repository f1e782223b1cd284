package com.slacredits.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AsOfRangeTest {

    /** 7 December 2026, 23:30 in UTC: already 8 December in Amsterdam, which must not matter. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-07T23:30:00Z"), ZoneId.of("Europe/Amsterdam"));

    private final AsOfRange range = AsOfRange.of(TODAY);

    @Test
    void aDateUpToAYearAfterTodayIsTaken() throws Exception {
        assertThat(range.check(LocalDate.parse("2027-12-07"))).isEqualTo(LocalDate.parse("2027-12-07"));
        assertThat(range.check(LocalDate.parse("2026-11-05"))).isEqualTo(LocalDate.parse("2026-11-05"));
    }

    @Test
    void oneDayMoreIsRefusedWithTheLatestDateItWouldTake() {
        assertThatThrownBy(() -> range.check(LocalDate.parse("2027-12-08"))).isInstanceOf(UsageException.class)
                .hasMessage("--as-of=2027-12-08 lies more than a year after today: a month-end closes months that "
                        + "have ended, so give a date no later than 2027-12-07.");
    }

    @Test
    void datesTheOutputsCannotCarryAreRefused() {
        assertThatThrownBy(() -> range.check(LocalDate.parse("+10000-01-01"))).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> range.check(LocalDate.parse("9999-12-31"))).isInstanceOf(UsageException.class);
    }

    @Test
    void theFirstOfJanuary1970IsTheEarliest() throws Exception {
        assertThat(range.check(AsOfRange.EARLIEST)).isEqualTo(AsOfRange.EARLIEST);
        assertThatThrownBy(() -> range.check(LocalDate.parse("1969-12-31"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("lies before 1970-01-01");
        assertThatThrownBy(() -> range.check(LocalDate.parse("0001-01-01"))).isInstanceOf(UsageException.class);
    }

    @Test
    void theCommandLineRefusesAFarAsOfBeforeItChecksAnythingElse() {
        assertThatThrownBy(() -> MonthEndArguments.parse(TODAY, "month-end", "--as-of=+10000-01-01",
                "--input=/nowhere", "--output=/nowhere-else")).isInstanceOf(UsageException.class)
                .hasMessageContaining("lies more than a year after today");
    }
}
