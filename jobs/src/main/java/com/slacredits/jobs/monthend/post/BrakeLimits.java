package com.slacredits.jobs.monthend.post;

import com.slacredits.domain.CreditBrake;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The limits of the brake on runaway credits, from {@code sla-credits.brake.*} (the operator's
 * guide lists them); a limit not set keeps the domain's default.
 */
@ConfigurationProperties("sla-credits.brake")
record BrakeLimits(BigDecimal feeSharePercent, BigDecimal creditedSharePercent, Integer minimumVerifiedClaims) {

    CreditBrake brake() {
        CreditBrake defaults = CreditBrake.DEFAULT;
        return new CreditBrake(feeSharePercent != null ? feeSharePercent : defaults.feeSharePercent(),
                creditedSharePercent != null ? creditedSharePercent : defaults.creditedSharePercent(),
                minimumVerifiedClaims != null ? minimumVerifiedClaims : defaults.minimumVerifiedClaims());
    }
}
