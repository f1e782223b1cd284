package com.slacredits.domain;

import java.util.Objects;

/**
 * Why a run's adjustments were held instead of posted: the limit of the {@link CreditBrake} they
 * passed, and a clause saying by how much, which the console, the summary and the log all show.
 *
 * @param limit the configuration key of the limit, such as {@code fee-share}
 * @param reason a clause that completes "The run was held: …"
 */
public record CreditHold(String limit, String reason) {

    public static final String FEE_SHARE = "fee-share";
    public static final String CREDITED_SHARE = "credited-share";

    public CreditHold {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(reason, "reason");
    }

    /** The sentence for a person: what happened, and what to do. */
    public String sentence() {
        return "The run decided everything and posted nothing: " + reason + ".";
    }
}
