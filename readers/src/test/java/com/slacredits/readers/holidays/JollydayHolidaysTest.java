package com.slacredits.readers.holidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The public holidays of support-sla.md, section 2, as Jollyday 2.19 lists them: the spec's tables for
 * 2026 exactly, both ways (each listed day is a holiday, and no other day of the year is).
 */
class JollydayHolidaysTest {

    private final JollydayHolidays holidays = new JollydayHolidays();

    @Test
    void theNetherlandsIn2026AreTheSpecsTable() {
        assertThat(holidaysOf("NL", 2026)).containsExactly(
                date("2026-01-01"),
                date("2026-04-05"), date("2026-04-06"),
                date("2026-04-27"),
                date("2026-05-05"),
                date("2026-05-14"),
                date("2026-05-24"), date("2026-05-25"),
                date("2026-12-25"), date("2026-12-26"));
    }

    @Test
    void bulgariaIn2026IsTheSpecsTable() {
        assertThat(holidaysOf("BG", 2026)).containsExactly(
                date("2026-01-01"), date("2026-01-02"),
                date("2026-03-03"),
                date("2026-04-10"), date("2026-04-11"), date("2026-04-12"), date("2026-04-13"),
                date("2026-05-01"),
                date("2026-05-06"),
                // 24 May and 6 September are Sundays, kept on the Mondays after
                date("2026-05-25"),
                date("2026-09-07"),
                date("2026-09-22"),
                // 26 December is a Saturday, kept on Monday the 28th
                date("2026-12-24"), date("2026-12-25"), date("2026-12-28"));
    }

    @Test
    void belgiumIn2026IsTheSpecsTable() {
        assertThat(holidaysOf("BE", 2026)).containsExactly(
                date("2026-01-01"),
                date("2026-04-05"), date("2026-04-06"),
                date("2026-05-01"),
                date("2026-05-14"),
                date("2026-05-24"), date("2026-05-25"),
                date("2026-07-21"),
                date("2026-08-15"),
                date("2026-11-01"),
                date("2026-11-11"),
                date("2026-12-25"));
    }

    @Test
    void observancesAreNotPublicHolidays() {
        // Good Friday in the Netherlands; All Souls' and the King's Feast in Belgium
        assertThat(holidays.isHoliday("NL", date("2026-04-03"))).isFalse();
        assertThat(holidays.isHoliday("BE", date("2026-11-02"))).isFalse();
        assertThat(holidays.isHoliday("BE", date("2026-11-15"))).isFalse();
        // Bulgaria's 1 November, the day of the national revival leaders, is an observance too
        assertThat(holidays.isHoliday("BG", date("2026-11-02"))).isFalse();
    }

    @Test
    void aCountryIsItsWholeCalendarWithoutRegions() {
        // Epiphany is a holiday in Bavaria, not in Germany as a whole; German Unity Day is national
        assertThat(holidays.isHoliday("DE", date("2026-01-06"))).isFalse();
        assertThat(holidays.isHoliday("DE", date("2026-10-03"))).isTrue();
    }

    @Test
    void codesAreReadWhateverTheirCase() {
        assertThat(holidays.knows("nl")).isTrue();
        assertThat(holidays.knows("Nl")).isTrue();
        assertThat(holidays.knows("NL")).isTrue();
        assertThat(holidaysOf("nl", 2026)).isEqualTo(holidaysOf("NL", 2026));
        assertThat(holidaysOf("bG", 2026)).isEqualTo(holidaysOf("BG", 2026));
    }

    @Test
    void anUnknownCodeIsNotKnown() {
        assertThat(holidays.knows("XX")).isFalse();
        assertThat(holidays.knows("xx")).isFalse();
        // not ISO 3166 two-letter codes, though the library has calendars of some of these names
        assertThat(holidays.knows("NYSE")).isFalse();
        assertThat(holidays.knows("TARGET")).isFalse();
        assertThat(holidays.knows("NLD")).isFalse();
        assertThat(holidays.knows("N")).isFalse();
        // the library would read an empty code as the machine's own country
        assertThat(holidays.knows("")).isFalse();
        assertThat(holidays.knows(" NL")).isFalse();
        assertThat(holidays.knows(null)).isFalse();
        assertThatThrownBy(() -> holidays.isHoliday("XX", date("2026-01-01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XX");
    }

    @Test
    void aHolidayKeptInTheYearBeforeItsRuleCountsOnTheDayItIsKept() {
        // in the United States, 1 January 2022 (a Saturday) is kept on Friday 31 December 2021; the
        // library lists it under 2022
        assertThat(holidays.isHoliday("US", date("2021-12-31"))).isTrue();
        assertThat(holidays.isHoliday("US", date("2022-01-01"))).isFalse();
    }

    @Test
    void manyThreadsAskingAtOnceGetTheSameAnswers() throws Exception {
        Set<LocalDate> expected = holidaysOf("BG", 2026);
        JollydayHolidays shared = new JollydayHolidays();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Set<LocalDate>>> askers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                askers.add(() -> holidaysOf(shared, "BG", 2026));
            }
            for (Future<Set<LocalDate>> answer : pool.invokeAll(askers)) {
                assertThat(answer.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Set<LocalDate> holidaysOf(String country, int year) {
        return holidaysOf(holidays, country, year);
    }

    /** Every day of the year that is a holiday, in order, asked day by day. */
    private static Set<LocalDate> holidaysOf(JollydayHolidays holidays, String country, int year) {
        Set<LocalDate> found = new TreeSet<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (holidays.isHoliday(country, day)) {
                found.add(day);
            }
        }
        return found;
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
