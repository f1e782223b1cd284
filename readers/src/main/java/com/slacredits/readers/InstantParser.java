package com.slacredits.readers;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads ISO-8601 instants with an offset ({@code 2026-10-03T12:34:00Z}, {@code 2026-10-03T14:34:00+02:00}).
 *
 * <p>Probe files hold tens of millions of them, and {@link DateTimeFormatter} costs about a
 * microsecond and a dozen objects each. So the usual shape, {@code yyyy-MM-ddTHH:mm:ss[.f…](Z|±HH:MM)},
 * is read by hand into one {@link Instant}; anything else (other shapes, and every value the fast
 * path finds out of range) goes to {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}, which decides
 * whether it is valid. The fast path therefore never accepts what the formatter would reject.
 */
final class InstantParser {

    private static final long DAYS_0000_TO_1970 = 719_528L;
    private static final int MAX_OFFSET_SECONDS = 18 * 3600;
    private static final int[] NANO_SCALE = {
        0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
    };

    private InstantParser() {
    }

    static Instant parse(String column, String text) throws RowRejected {
        Instant fast = fast(text);
        return fast != null ? fast : slow(column, text);
    }

    /** The instant, or null when the text is not in the usual shape or not valid. */
    static Instant fast(String s) {
        int length = s.length();
        if (length < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        if (s.charAt(at) == '.') {
            int from = ++at;
            while (at < length && isDigit(s.charAt(at))) {
                at++;
            }
            int count = at - from;
            if (count < 1 || count > 9) {
                return null;
            }
            nanos = digits(s, from, count) * NANO_SCALE[count];
        }
        int offsetSeconds;
        if (at == length - 1 && s.charAt(at) == 'Z') {
            offsetSeconds = 0;
        } else if (at == length - 6 && (s.charAt(at) == '+' || s.charAt(at) == '-') && s.charAt(at + 3) == ':') {
            int offsetHours = digits(s, at + 1, 2);
            int offsetMinutes = digits(s, at + 4, 2);
            if (offsetHours < 0 || offsetMinutes < 0 || offsetMinutes > 59) {
                return null;
            }
            offsetSeconds = offsetHours * 3600 + offsetMinutes * 60;
            if (offsetSeconds > MAX_OFFSET_SECONDS) {
                return null;
            }
            if (s.charAt(at) == '-') {
                offsetSeconds = -offsetSeconds;
            }
        } else {
            return null;
        }
        long epochDay = epochDay(year, month, day);
        long epochSecond = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    private static Instant slow(String column, String text) throws RowRejected {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            if (isLocalDateTime(text)) {
                throw new RowRejected(column + " has no UTC offset: " + text);
            }
            throw new RowRejected(column + " is not an ISO-8601 instant with an offset: " + text);
        }
    }

    private static boolean isLocalDateTime(String text) {
        try {
            LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The value of {@code count} ASCII digits, or -1 if any is not a digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** As {@link java.time.LocalDate#toEpochDay()}, for years 0 to 9999, without making a LocalDate. */
    private static long epochDay(int year, int month, int day) {
        long y = year;
        long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        total += (367L * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total--;
            if (!isLeap(year)) {
                total--;
            }
        }
        return total - DAYS_0000_TO_1970;
    }
}
