package com.slacredits.domain.support;

import com.slacredits.domain.PackDefinitionException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What an edition promises for one priority (support SLAs, section 3): a first response, a resolution, or
 * both, each within a duration of open calendar time.
 *
 * @param calendar what both targets count on
 * @param resolveCalendar the resolve target's own calendar, when it differs
 */
public record PriorityTargets(
        Optional<Duration> respond,
        Optional<Duration> resolve,
        BusinessCalendar calendar,
        Optional<BusinessCalendar> resolveCalendar) {

    public PriorityTargets {
        Objects.requireNonNull(respond, "respond");
        Objects.requireNonNull(resolve, "resolve");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(resolveCalendar, "resolveCalendar");
        if (respond.isEmpty() && resolve.isEmpty()) {
            throw new PackDefinitionException("respond", "is missing: a priority the edition maps has respond,"
                    + " resolve or both");
        }
        respond.ifPresent(target -> requireWholeMinutes("respond", target));
        resolve.ifPresent(target -> requireWholeMinutes("resolve", target));
        if (resolveCalendar.isPresent() && resolve.isEmpty()) {
            throw new PackDefinitionException("resolveCalendar", "is the resolve target's own calendar, and this"
                    + " priority has no resolve target");
        }
    }

    /** Business time is counted to the second, but a target is a whole number of minutes above zero. */
    private static void requireWholeMinutes(String key, Duration target) {
        if (target.isNegative() || target.isZero()) {
            throw new PackDefinitionException(key, "must be above zero");
        }
        if (target.toSecondsPart() != 0 || target.toNanosPart() != 0) {
            throw new PackDefinitionException(key, "must be whole minutes, without seconds");
        }
    }

    public BusinessCalendar responseCalendar() {
        return calendar;
    }

    public BusinessCalendar resolutionCalendar() {
        return resolveCalendar.orElse(calendar);
    }

    /** Whether a target counts on a calendar in the customer's own zone, so that the contract needs a support_zone. */
    public boolean usesCustomerZone() {
        return respond.isPresent() && responseCalendar().usesCustomerZone()
                || resolve.isPresent() && resolutionCalendar().usesCustomerZone();
    }
}
