package com.slacredits.jobs.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing a password, by client and name together. A client that fails
 * {@value #FREE_FAILURES} times in a row under one name is refused under that name, password
 * unchecked, until a pause has passed that doubles with each further failure, up to
 * {@link #LONGEST_PAUSE}. A client that fails {@value #FREE_CLIENT_FAILURES} times under any names is
 * refused under every name in the same way: guessing many names is no cheaper than guessing one.
 * A success clears the client's record for that name.
 *
 * <p>Never by name alone: a stranger failing under a user's name, however often, must not keep
 * that user out from their own client, nor lock the second FINANCE user whom every four-eyes
 * approval needs. Behind a proxy the client is the proxy's address unless the console is told to
 * trust forwarded headers (docs/console.md).
 *
 * <p>Refusing rather than sleeping keeps a request thread free: an attacker waits, the server does not.
 */
final class SignInThrottle {

    static final int FREE_FAILURES = 3;
    static final int FREE_CLIENT_FAILURES = 10;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(2);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(5);
    /** Records are forgotten this long after their last failure, so the maps cannot grow without end. */
    private static final Duration MEMORY = Duration.ofHours(1);

    private record Failures(int count, Instant last) {
    }

    /** A client and a name, the name in one case. */
    private record Attempt(String client, String name) {
    }

    private final Clock clock;
    private final Map<Attempt, Failures> byClientAndName = new ConcurrentHashMap<>();
    private final Map<String, Failures> byClient = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the client must still wait before a password under the name is checked; zero when it may try now. */
    Duration waitFor(String client, String name) {
        Duration forName = remaining(byClientAndName.get(attempt(client, name)), FREE_FAILURES);
        Duration forClient = remaining(byClient.get(client), FREE_CLIENT_FAILURES);
        return forName.compareTo(forClient) >= 0 ? forName : forClient;
    }

    void failed(String client, String name) {
        Instant now = clock.instant();
        byClientAndName.values().removeIf(record -> record.last().plus(MEMORY).isBefore(now));
        byClient.values().removeIf(record -> record.last().plus(MEMORY).isBefore(now));
        byClientAndName.merge(attempt(client, name), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        byClient.merge(client, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
    }

    /**
     * Clears the client's record under the name. The client's own count stays: one account it knows
     * the password of must not buy it a fresh allowance of guesses at the others.
     */
    void succeeded(String client, String name) {
        byClientAndName.remove(attempt(client, name));
    }

    private Duration remaining(Failures record, int free) {
        if (record == null || record.count() < free) {
            return Duration.ZERO;
        }
        Duration pause = pauseAfter(record.count() - free);
        Duration waited = Duration.between(record.last(), clock.instant());
        return waited.compareTo(pause) >= 0 ? Duration.ZERO : pause.minus(waited);
    }

    /** The pause after {@code beyond} failures past the free ones: 2 s, 4 s, 8 s … at most five minutes. */
    static Duration pauseAfter(int beyond) {
        int doublings = Math.min(beyond, 20);
        Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private static Attempt attempt(String client, String name) {
        return new Attempt(client, name == null ? "" : name.toLowerCase(Locale.ROOT));
    }
}
