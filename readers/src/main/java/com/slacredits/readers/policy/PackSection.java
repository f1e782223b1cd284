package com.slacredits.readers.policy;

import com.slacredits.domain.PackDefinitionException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One mapping of a pack file (the whole pack, an edition, a tier row, a breach) as the safe YAML
 * loader built it, with its key path for error messages. Every scalar arrives as the text written
 * in the file: numbers are parsed here, exactly, and never pass through binary floating point.
 *
 * <p>Every problem is thrown as a {@link PackDefinitionException} whose key is the full path from
 * the top of the file.
 */
final class PackSection {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");

    private final String path;
    private final Map<String, Object> entries;

    private PackSection(String path, Map<String, Object> entries) {
        this.path = path;
        this.entries = entries;
    }

    /** The top of a file: {@code document} is what the YAML loader returned for it. */
    static PackSection document(Object document) {
        if (document == null) {
            throw new PackDefinitionException("(document)", "is empty: a pack is a mapping of keys such as id, name and zone");
        }
        return of("", "(document)", document, "a mapping of keys such as id, name and zone");
    }

    private static PackSection of(String path, String key, Object value, String expected) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new PackDefinitionException(key, "must be " + expected + ", not " + describe(value));
        }
        Map<String, Object> entries = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String name) || name.isEmpty()) {
                throw new PackDefinitionException(key, "has a key that is not a plain name: " + entry.getKey());
            }
            entries.put(name, entry.getValue());
        }
        return new PackSection(path, entries);
    }

    /** This section's key path; empty at the top of the file. */
    String path() {
        return path;
    }

    /** The full path of one of this section's keys. */
    String keyOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Fails on the first key, in file order, that is not one of {@code known}. */
    void allowOnly(List<String> known, String owner) {
        for (String name : entries.keySet()) {
            if (!known.contains(name)) {
                throw new PackDefinitionException(keyOf(name), "is not a key of " + owner + ": use " + choices(known));
            }
        }
    }

    /** Fails when {@code name} is there: a key this kind of section does not take. */
    void forbid(String name, String why) {
        if (entries.containsKey(name)) {
            throw new PackDefinitionException(keyOf(name), why);
        }
    }

    boolean has(String name) {
        return entries.containsKey(name);
    }

    /** The names and raw values of this mapping, in file order. */
    Map<String, Object> entries() {
        return entries;
    }

    /** A mapping held by this section's key {@code name}, which must be there. */
    PackSection section(String name, String expected) {
        return of(keyOf(name), keyOf(name), required(name), expected);
    }

    /** A mapping found as a value inside this section, under {@code relativeKey}. */
    PackSection child(String relativeKey, Object value, String expected) {
        return of(keyOf(relativeKey), keyOf(relativeKey), value, expected);
    }

    /** The list held by {@code name}, which must be there. */
    List<Object> list(String name, String expected) {
        Object value = required(name);
        if (!(value instanceof List<?> list)) {
            throw new PackDefinitionException(keyOf(name), "must be " + expected + ", not " + describe(value));
        }
        return new ArrayList<>(list);
    }

    /** Row {@code index} (from 0) of the list under {@code name}, as a mapping; its path numbers rows from 1. */
    PackSection row(String name, int index, Object value, String expected) {
        String rowKey = keyOf(name) + "[" + (index + 1) + "]";
        return of(rowKey, rowKey, value, "a mapping such as " + expected);
    }

    String text(String name) {
        return scalar(keyOf(name), required(name));
    }

    Optional<String> optionalText(String name) {
        return entries.containsKey(name) ? Optional.of(text(name)) : Optional.empty();
    }

    BigDecimal decimal(String name) {
        return decimal(keyOf(name), text(name));
    }

    static BigDecimal decimal(String key, String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new PackDefinitionException(key, "'" + text + "' is not a number: write a decimal such as 99.9");
        }
        return new BigDecimal(text);
    }

    long wholeNumber(String name) {
        String text = text(name);
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            throw new PackDefinitionException(keyOf(name), "'" + text + "' is not a whole number of minutes");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new PackDefinitionException(keyOf(name), text + " is too large");
        }
    }

    int wholeNumberInt(String name) {
        long value = wholeNumber(name);
        if (value != (int) value) {
            throw new PackDefinitionException(keyOf(name), value + " is too large");
        }
        return (int) value;
    }

    /** One of an enum's names, exactly as written. */
    <E extends Enum<E>> E choice(String name, Class<E> type, String what) {
        return choice(keyOf(name), text(name), type, what);
    }

    static <E extends Enum<E>> E choice(String key, String text, Class<E> type, String what) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        throw new PackDefinitionException(key, "'" + text + "' is not " + what + ": use " + choices(names));
    }

    private Object required(String name) {
        if (!entries.containsKey(name)) {
            throw new PackDefinitionException(keyOf(name), "is missing");
        }
        return entries.get(name);
    }

    /** The text of a single value; tagged values ({@code !!float}) are refused so that none is ever a double. */
    static String scalar(String key, Object value) {
        if (value instanceof String text) {
            if (text.isBlank()) {
                throw new PackDefinitionException(key, "has no value");
            }
            return text;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?> || value == null) {
            throw new PackDefinitionException(key, "must be a single value, not " + describe(value));
        }
        throw new PackDefinitionException(key, "must be written as plain text, without a YAML tag such as !!float");
    }

    private static String describe(Object value) {
        if (value instanceof Map<?, ?>) {
            return "a mapping";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof String text) {
            return text.isBlank() ? "an empty value" : "'" + text + "'";
        }
        return value == null ? "nothing" : "a tagged value";
    }

    static String choices(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() == 2) {
            return names.get(0) + " or " + names.get(1);
        }
        return "one of " + names.stream().collect(Collectors.joining(", "));
    }
}
