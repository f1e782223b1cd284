package com.slacredits.domain;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The file a customer's statement goes to: {@code <customer_id>.pdf}.
 *
 * <p>Customer ids come from an input file, so they are escaped rather than trusted: every byte
 * outside {@code [A-Za-z0-9_-]} and a leading dot become {@code %XX}. The mapping is one to one,
 * so two customers never share a file; no name can be {@code ..}, hold a separator or start with
 * the dot that marks the renderers' temporary files.
 */
public final class StatementFileName {

    private static final int MAX_NAME_BYTES = 255;

    private StatementFileName() {
    }

    /**
     * Whether a statement can be named after this customer id. A reader asks before it accepts the
     * row, so that an id no file system can hold is a rejected row, not a run that fails at its end.
     */
    public static boolean fits(String customerId) {
        return !customerId.isEmpty() && escaped(customerId).length() <= MAX_NAME_BYTES;
    }

    public static String of(String customerId) {
        if (customerId.isEmpty()) {
            throw new IllegalArgumentException("a customer id is needed to name a statement");
        }
        String name = escaped(customerId);
        if (name.length() > MAX_NAME_BYTES) {
            throw new IllegalArgumentException("customer id too long for a file name: " + customerId);
        }
        return name;
    }

    private static String escaped(String customerId) {
        StringBuilder name = new StringBuilder(customerId.length() + 4);
        byte[] bytes = customerId.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean plain = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')
                    || b == '-' || b == '_' || (b == '.' && i > 0);
            if (plain) {
                name.append((char) b);
            } else {
                name.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return name.append(".pdf").toString();
    }

    /** The statement's path inside {@code folder}, checked to stay there. */
    public static Path in(Path folder, String customerId) {
        Path target = folder.resolve(of(customerId)).normalize();
        if (!folder.normalize().equals(target.getParent())) {
            throw new IllegalArgumentException("customer id " + customerId + " escapes the statements folder");
        }
        return target;
    }
}
