package com.slacredits.jobs.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final String STRANGER = "203.0.113.9";
    private static final String OFFICE = "192.0.2.10";

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-12-03T09:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final TestClock clock = new TestClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void aClientMayFailThreeTimesUnderANameThenWaitsAPauseThatDoublesWithEachFailure() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES - 1; i++) {
            throttle.failed(STRANGER, "fiona");
        }
        assertThat(throttle.waitFor(STRANGER, "fiona")).isZero();
        throttle.failed(STRANGER, "fiona");
        assertThat(throttle.waitFor(STRANGER, "fiona")).isEqualTo(Duration.ofSeconds(2));

        clock.now = clock.now.plusSeconds(2);
        assertThat(throttle.waitFor(STRANGER, "fiona")).isZero();
        throttle.failed(STRANGER, "fiona");
        assertThat(throttle.waitFor(STRANGER, "FIONA")).as("names are one whatever their case")
                .isEqualTo(Duration.ofSeconds(4));
        clock.now = clock.now.plusSeconds(3);
        assertThat(throttle.waitFor(STRANGER, "fiona")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitFor(STRANGER, "victor")).as("four failures are within the client's allowance").isZero();
    }

    @Test
    void aStrangersFailuresUnderAUsersNameNeverKeepThatUserOutFromTheirOwnClient() {
        // one failure a second for an hour: the attacker
        for (int i = 0; i < 3_600; i++) {
            throttle.failed(STRANGER, "fiona");
            clock.now = clock.now.plusSeconds(1);
        }
        assertThat(throttle.waitFor(STRANGER, "fiona")).isPositive();
        assertThat(throttle.waitFor(OFFICE, "fiona")).isZero();
    }

    @Test
    void aClientFailingManyNamesIsSlowedUnderEveryName() {
        for (int i = 0; i < SignInThrottle.FREE_CLIENT_FAILURES - 1; i++) {
            throttle.failed(STRANGER, "name-" + i);
        }
        assertThat(throttle.waitFor(STRANGER, "fiona")).as("nine failures, each under another name").isZero();
        throttle.failed(STRANGER, "name-9");
        assertThat(throttle.waitFor(STRANGER, "fiona")).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.waitFor(OFFICE, "fiona")).isZero();
        clock.now = clock.now.plusSeconds(2);
        assertThat(throttle.waitFor(STRANGER, "fiona")).isZero();
        throttle.failed(STRANGER, "name-10");
        assertThat(throttle.waitFor(STRANGER, "fiona")).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void thePauseStopsGrowingAtFiveMinutesAndASuccessClearsTheClientsRecordForThatName() {
        for (int i = 0; i < 40; i++) {
            throttle.failed(OFFICE, "fiona");
        }
        assertThat(throttle.waitFor(OFFICE, "fiona")).isEqualTo(SignInThrottle.LONGEST_PAUSE);
        throttle.succeeded(OFFICE, "fiona");
        assertThat(throttle.waitFor(OFFICE, "fiona")).as("the client's own 40 failures still count")
                .isEqualTo(SignInThrottle.LONGEST_PAUSE);
        clock.now = clock.now.plus(SignInThrottle.LONGEST_PAUSE);
        assertThat(throttle.waitFor(OFFICE, "fiona")).isZero();
    }

    @Test
    void theFirstPauseAfterTheFreeFailuresIsTwoSeconds() {
        assertThat(SignInThrottle.pauseAfter(0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInThrottle.pauseAfter(7)).isEqualTo(Duration.ofSeconds(256));
        assertThat(SignInThrottle.pauseAfter(8)).isEqualTo(SignInThrottle.LONGEST_PAUSE);
    }
}
