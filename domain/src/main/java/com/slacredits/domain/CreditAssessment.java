package com.slacredits.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** What a credit schedule says about one measured month. */
public record CreditAssessment(Kind kind, Optional<BigDecimal> creditPercent) {

    public enum Kind {
        /** At or above the guarantee. */
        NO_CREDIT,
        /** Below the guarantee, inside a tier. */
        TIER,
        /** Below the breach line. The percentage is the one a credit would be if not terminating. */
        MATERIAL_BREACH
    }

    public CreditAssessment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(creditPercent, "creditPercent");
        if ((kind == Kind.NO_CREDIT) != creditPercent.isEmpty()) {
            throw new IllegalArgumentException("a credit percentage goes with a tier or a breach, and only then");
        }
    }

    public static CreditAssessment noCredit() {
        return new CreditAssessment(Kind.NO_CREDIT, Optional.empty());
    }

    public static CreditAssessment tier(BigDecimal percent) {
        return new CreditAssessment(Kind.TIER, Optional.of(percent));
    }

    public static CreditAssessment materialBreach(BigDecimal percent) {
        return new CreditAssessment(Kind.MATERIAL_BREACH, Optional.of(percent));
    }
}
