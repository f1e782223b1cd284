package com.slacredits.domain;

/** How a claim reached the provider. Only written channels make a valid claim (section 7, rule 2). */
public enum Channel {
    EMAIL(true),
    PORTAL(true),
    LETTER(true),
    PHONE(false),
    CHAT(false);

    private final boolean written;

    Channel(boolean written) {
        this.written = written;
    }

    public boolean isWritten() {
        return written;
    }
}
