package com.slacredits.jobs.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Slows down guessing a password: after {@value #FREE_FAILURES} failed sign-ins in a row under one
 * name, that name is refused, password unchecked, until a pause has passed that doubles with each
 * further failure, up to {@link #LONGEST_PAUSE}. A success clears the name's record.
 *
 * <p>Refusing rather than sleeping keeps a request thread free: an attacker waits, the server does
 * not. The record is per name, not per address, because the console sits behind one proxy address
 * as often as not; its cost is that a guesser can make a real user wait, never more than five minutes.
 */
public final class SignInThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(2);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(5);
    /** Names are forgotten this long after their last failure, so the map cannot grow without end. */
    private static final Duration MEMORY = Duration.ofHours(1);

    private record Failures(int count, Instant last) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the name must still wait before its password is checked again; zero when it may try now. */
    public Duration waitFor(String name) {
        Failures record = failures.get(key(name));
        if (record == null || record.count() < FREE_FAILURES) {
            return Duration.ZERO;
        }
        Duration pause = pauseAfter(record.count());
        Duration waited = Duration.between(record.last(), clock.instant());
        return waited.compareTo(pause) >= 0 ? Duration.ZERO : pause.minus(waited);
    }

    public void failed(String name) {
        Instant now = clock.instant();
        failures.values().removeIf(record -> record.last().plus(MEMORY).isBefore(now));
        failures.merge(key(name), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
    }

    public void succeeded(String name) {
        failures.remove(key(name));
    }

    /**
     * The check before a password is compared: a name that must still wait is refused as locked,
     * which the sign-in page shows as "wait", and which does not count as one more failure.
     */
    void check(UserDetails user) {
        Duration wait = waitFor(user.getUsername());
        if (!wait.isZero()) {
            throw new LockedException("Too many failed sign-ins; try again in " + Math.max(1, wait.toSeconds()) + " s.");
        }
        new AccountStatusUserDetailsChecker().check(user);
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    static Duration pauseAfter(int count) {
        int doublings = Math.min(count - FREE_FAILURES, 20);
        Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
