package com.slacredits.domain.support;

/** Where a pack's resolution clock starts ({@code support.resolutionFrom}, support SLAs, section 3). */
public enum ResolutionStart {
    /** At {@code reported_at}. */
    REPORT,
    /** At the first response, and at {@code reported_at} while the ticket has no recorded response. */
    RESPONSE
}
