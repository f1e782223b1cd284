package com.slacredits.readers;

import com.slacredits.domain.Money;
import com.slacredits.domain.ServicePeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * A column of one file's header, bound to its position, read as the typed values of {@code files.md}.
 * Every problem becomes a {@link RowRejected} whose reason names this column. Spaces and tabs around a
 * value are ignored (files.md): {@code " EUR"} is EUR.
 */
public final class Column {

    static final int ABSENT = -1;

    private final String name;
    private final int position;

    Column(String name, int position) {
        this.name = name;
        this.position = position;
    }

    public String name() {
        return name;
    }

    /** Whether the header has this column; an absent optional column reads as empty. */
    public boolean isPresent() {
        return position != ABSENT;
    }

    /** Whether the fields reach this column's position, as a record cut short may not. */
    boolean isIn(String[] fields) {
        return position != ABSENT && position < fields.length;
    }

    /** The value as written; empty when the column is absent. */
    public String raw(String[] fields) {
        return position == ABSENT ? "" : withoutSurroundingSpaces(fields[position]);
    }

    // Not String.strip(): that also takes other Unicode spaces, which are a value's own characters.
    // Returns the same string when there is nothing to take, which is every probe row.
    static String withoutSurroundingSpaces(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == value.length() ? value : value.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    public boolean isBlank(String[] fields) {
        return raw(fields).isBlank();
    }

    /** A value that must be there, such as an id. */
    public String text(String[] fields) throws RowRejected {
        String value = raw(fields);
        if (value.isBlank()) {
            throw rejected("is empty");
        }
        return value;
    }

    /** A value that may be left empty; a blank one reads as empty. */
    public String optionalText(String[] fields) {
        String value = raw(fields);
        return value.isBlank() ? "" : value;
    }

    /** One of the enum's constants, written exactly as its name. */
    public <E extends Enum<E>> E oneOf(String[] fields, E[] constants) throws RowRejected {
        String value = text(fields);
        for (E constant : constants) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw rejected("is not one of "
                + Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", ")), value);
    }

    /** The earliest and latest instants a file may hold: the database's months run from 1970 to 9999. */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");
    /**
     * The largest amount a file may hold. Amounts are stored as DECIMAL(19,4), fifteen whole digits;
     * a refund adds invoices up, so a single value keeps three digits of room for the sums.
     */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    /** An ISO-8601 instant with an offset, in the years 1970 to 9999. */
    public Instant instant(String[] fields) throws RowRejected {
        String value = text(fields);
        Instant instant = InstantParser.parse(name, value);
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw rejected("is outside the years 1970 to 9999", value);
        }
        return instant;
    }

    public Optional<Instant> optionalInstant(String[] fields) throws RowRejected {
        return isBlank(fields) ? Optional.empty() : Optional.of(instant(fields));
    }

    /** An ISO local date, {@code YYYY-MM-DD}. */
    public LocalDate date(String[] fields) throws RowRejected {
        String value = text(fields);
        // the length check keeps out the signed five-digit years ISO_LOCAL_DATE would accept
        if (value.length() == 10) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                // falls through to the rejection
            }
        }
        throw rejected("is not a date (YYYY-MM-DD)", value);
    }

    public Optional<LocalDate> optionalDate(String[] fields) throws RowRejected {
        return isBlank(fields) ? Optional.empty() : Optional.of(date(fields));
    }

    /** A month, {@code YYYY-MM}. */
    public YearMonth month(String[] fields) throws RowRejected {
        String value = text(fields);
        if (value.length() == 7) {
            try {
                return YearMonth.parse(value);
            } catch (DateTimeParseException e) {
                // falls through to the rejection
            }
        }
        throw rejected("is not a month (YYYY-MM)", value);
    }

    /** A period, {@code YYYY-MM} or {@code YYYY-Qn}. */
    public ServicePeriod period(String[] fields) throws RowRejected {
        String value = text(fields);
        try {
            return ServicePeriod.parse(value);
        } catch (IllegalArgumentException e) {
            throw rejected("is not a period (YYYY-MM or YYYY-Qn)", value);
        }
    }

    /** A plain decimal, or empty: a percentage such as a contract's own guarantee. */
    public Optional<BigDecimal> optionalDecimal(String[] fields) throws RowRejected {
        String value = raw(fields);
        if (value.isBlank()) {
            return Optional.empty();
        }
        if (!isPlainDecimal(value)) {
            throw rejected("is not a decimal number", value);
        }
        return Optional.of(new BigDecimal(value));
    }

    /**
     * An ISO 4217 currency code, in capitals, of a currency with minor units (files.md): not {@code XXX},
     * {@code XTS}, a metal or a drawing right, which have no minor unit to round an amount to.
     */
    public Currency currency(String[] fields) throws RowRejected {
        String value = text(fields);
        Currency currency = null;
        if (value.length() == 3 && value.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            try {
                currency = Currency.getInstance(value);
            } catch (IllegalArgumentException e) {
                // falls through to the rejection
            }
        }
        if (currency == null) {
            throw rejected("is not an ISO 4217 currency code", value);
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw rejected("is not a currency with minor units", value);
        }
        return currency;
    }

    /** An amount of at least zero, at most the currency's minor digits, at the currency's scale. */
    public BigDecimal amount(String[] fields, Currency currency) throws RowRejected {
        BigDecimal amount = decimal(fields, currency);
        if (amount.signum() < 0) {
            throw rejected("must not be negative", raw(fields));
        }
        return amount;
    }

    /** An amount above zero, at most the currency's minor digits, at the currency's scale. */
    public BigDecimal positiveAmount(String[] fields, Currency currency) throws RowRejected {
        BigDecimal amount = decimal(fields, currency);
        if (amount.signum() <= 0) {
            throw rejected("must be above zero", raw(fields));
        }
        return amount;
    }

    /** A whole number of at least zero, or empty. */
    public OptionalLong optionalCount(String[] fields) throws RowRejected {
        String value = raw(fields);
        if (value.isBlank()) {
            return OptionalLong.empty();
        }
        // 18 digits always fit a long, so parseLong cannot overflow
        if (value.length() <= 18 && allDigits(value, 0, value.length())) {
            return OptionalLong.of(Long.parseLong(value));
        }
        throw rejected("is not a whole number of at least 0", value);
    }

    /** {@code true}, {@code false}, or empty for false. */
    public boolean optionalFlag(String[] fields) throws RowRejected {
        String value = raw(fields);
        if (value.isEmpty() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw rejected("is not true, false or empty", value);
    }

    /** A rejection naming this column: "{name} {problem}: {value}". */
    public RowRejected rejected(String problem, String value) {
        return new RowRejected(name + " " + problem + ": " + value);
    }

    /** A rejection naming this column: "{name} {problem}". */
    public RowRejected rejected(String problem) {
        return new RowRejected(name + " " + problem);
    }

    private BigDecimal decimal(String[] fields, Currency currency) throws RowRejected {
        String value = text(fields);
        if (!isPlainDecimal(value)) {
            throw rejected("is not a decimal number", value);
        }
        BigDecimal amount = new BigDecimal(value);
        if (amount.abs().compareTo(MAX_AMOUNT) > 0) {
            throw rejected("is more than 1000000000000, the most an amount may be", value);
        }
        int digits = Money.minorDigits(currency);
        // trailing zeros add no precision: 5000.00 is a valid amount of yen
        if (amount.stripTrailingZeros().scale() > digits) {
            throw rejected("has more decimals than " + currency.getCurrencyCode() + " allows (" + digits + ")", value);
        }
        return amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    /** {@code -?digits(.digits)?}: no exponent, no grouping, no leading plus, nothing BigDecimal would guess at. */
    private static boolean isPlainDecimal(String value) {
        int start = value.startsWith("-") ? 1 : 0;
        int point = value.indexOf('.');
        if (point < 0) {
            return allDigits(value, start, value.length());
        }
        return allDigits(value, start, point) && allDigits(value, point + 1, value.length());
    }

    /** At least one character, all ASCII digits. */
    private static boolean allDigits(String value, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return name + "@" + position;
    }
}
