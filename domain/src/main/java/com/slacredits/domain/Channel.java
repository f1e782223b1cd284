package com.slacredits.domain;

import java.util.Arrays;

/** How a claim reached the provider. Only written channels make a valid claim (section 7, rule 2). */
public enum Channel {
    EMAIL(true),
    PORTAL(true),
    LETTER(true),
    PHONE(false),
    CHAT(false),
    /** The run itself, deciding a period of an automatic pack; never a channel of claims.csv. */
    SYSTEM(true);

    private final boolean written;

    Channel(boolean written) {
        this.written = written;
    }

    public boolean isWritten() {
        return written;
    }

    /** The channels a customer's claim can name. */
    public static Channel[] ofClaims() {
        return Arrays.stream(values()).filter(channel -> channel != SYSTEM).toArray(Channel[]::new);
    }
}
