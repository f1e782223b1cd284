package com.slacredits.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstantParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-10-03T12:34:00Z        | 2026-10-03T12:34:00Z",
        "2026-10-03T14:34:00+02:00   | 2026-10-03T12:34:00Z",
        "2026-10-25T01:30:00-09:30   | 2026-10-25T11:00:00Z",
        "2026-12-31T23:59:59.5+00:00 | 2026-12-31T23:59:59.500Z",
        "2024-02-29T00:00:00.123456789Z | 2024-02-29T00:00:00.123456789Z",
        "2026-10-03T12:34Z           | 2026-10-03T12:34:00Z",
        "2026-10-03t12:34:00z        | 2026-10-03T12:34:00Z",
        "2026-10-03T12:34:00+02:00:30 | 2026-10-03T10:33:30Z",
        "2026-10-03T12:34:00+02      | 2026-10-03T10:34:00Z"
    })
    void readsInstantsWithAnOffset(String text, String expected) throws RowRejected {
        assertThat(InstantParser.parse("checked_at", text)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void anInstantWithoutOffsetIsRejectedAsSuch() {
        assertThatThrownBy(() -> InstantParser.parse("received_at", "2026-11-02T09:00:00"))
                .isInstanceOf(RowRejected.class)
                .hasMessage("received_at has no UTC offset: 2026-11-02T09:00:00");
    }

    @Test
    void outOfRangeValuesAreRejected() {
        for (String text : new String[] {"2026-13-01T00:00:00Z", "2026-04-31T00:00:00Z", "2026-01-01T24:00:00Z",
            "2026-01-01T00:00:60Z", "2026-01-01T00:00:00+19:00", "2026-01-01T00:00:00+0200", "2026-01-01 00:00:00Z", "today"}) {
            assertThatThrownBy(() -> InstantParser.parse("checked_at", text))
                    .as(text)
                    .hasMessage("checked_at is not an ISO-8601 instant with an offset: " + text);
        }
    }

    @Test
    void theFastPathAgreesWithTheJdkFormatter() {
        Random random = new Random(20261101);
        int agreed = 0;
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            String text = randomTimestamp(random);
            Instant fast = InstantParser.fast(text);
            // when the fast path declines, the formatter decides anyway: only what it accepts needs checking
            if (fast != null) {
                Instant jdk = jdk(text);
                if (!fast.equals(jdk)) {
                    disagreements.add(text + " fast " + fast + " jdk " + jdk);
                }
                agreed++;
            }
        }
        assertThat(disagreements).isEmpty();
        // most generated values must have taken the fast path, or this test proves little
        assertThat(agreed).isGreaterThan(12_000);
    }

    @Test
    void theFastPathTakesTheUsualShapes() {
        assertThat(InstantParser.fast("2026-10-03T12:34:00Z")).isEqualTo(Instant.parse("2026-10-03T12:34:00Z"));
        assertThat(InstantParser.fast("2026-10-03T14:34:00.25+02:00")).isEqualTo(Instant.parse("2026-10-03T12:34:00.25Z"));
        assertThat(InstantParser.fast("2026-10-03T12:34:00")).isNull();
    }

    private static Instant jdk(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Mostly valid, often just out of range, sometimes oddly shaped. */
    private static String randomTimestamp(Random random) {
        // built by hand: String.format would make this test take seconds
        StringBuilder text = new StringBuilder(40);
        pad(text, random.nextInt(10_000), 4).append('-');
        pad(text, random.nextInt(14), 2).append('-');
        pad(text, random.nextInt(33), 2).append('T');
        pad(text, random.nextInt(25), 2).append(':');
        pad(text, random.nextInt(61), 2).append(':');
        pad(text, random.nextInt(61), 2);
        if (random.nextInt(4) == 0) {
            int digits = 1 + random.nextInt(9);
            text.append('.');
            pad(text, random.nextInt(1_000_000_000), 9).setLength(text.length() - 9 + digits);
        }
        switch (random.nextInt(4)) {
            case 0 -> text.append('Z');
            case 1, 2 -> {
                text.append(random.nextBoolean() ? '+' : '-');
                pad(text, random.nextInt(20), 2).append(':');
                pad(text, random.nextInt(61), 2);
            }
            default -> text.append(random.nextBoolean() ? "" : "+02");
        }
        return text.toString();
    }

    private static StringBuilder pad(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }
}
