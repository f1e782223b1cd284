package com.slacredits.jobs.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

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
    void aNameMayFailThreeTimesThenWaitsAPauseThatDoublesWithEachFailure() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES - 1; i++) {
            throttle.failed("fiona");
        }
        assertThat(throttle.waitFor("fiona")).isZero();
        throttle.failed("fiona");
        assertThat(throttle.waitFor("fiona")).isEqualTo(Duration.ofSeconds(2));

        clock.now = clock.now.plusSeconds(2);
        assertThat(throttle.waitFor("fiona")).isZero();
        throttle.failed("fiona");
        assertThat(throttle.waitFor("FIONA")).as("names are one whatever their case").isEqualTo(Duration.ofSeconds(4));
        clock.now = clock.now.plusSeconds(3);
        assertThat(throttle.waitFor("fiona")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("victor")).isZero();
    }

    @Test
    void thePauseStopsGrowingAtFiveMinutesAndASuccessClearsIt() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("fiona");
        }
        assertThat(throttle.waitFor("fiona")).isEqualTo(SignInThrottle.LONGEST_PAUSE);
        throttle.succeeded("fiona");
        assertThat(throttle.waitFor("fiona")).isZero();
    }
}
