package kr.silheomjang.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kr.silheomjang.support.MutableClock;

class LoginThrottleTest {

    MutableClock clock = MutableClock.startingNow();
    LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void locksAnAccountAfterRepeatedFailuresAndReleasesItLater() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT - 1; i++) {
            throttle.recordFailure("Owner@Demo.kr", "10.0.0." + i);
        }
        assertThat(throttle.lockedFor("owner@demo.kr", "10.9.9.9")).isEmpty();
        throttle.recordFailure("owner@demo.kr", "10.0.0.99");
        assertThat(throttle.lockedFor("owner@demo.kr", "10.9.9.9")).hasValueSatisfying(
                d -> assertThat(d).isPositive().isLessThanOrEqualTo(LoginThrottle.WINDOW));
        assertThat(throttle.lockedFor("someone-else@demo.kr", "10.9.9.9")).isEmpty();

        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        assertThat(throttle.lockedFor("owner@demo.kr", "10.9.9.9")).isEmpty();
    }

    @Test
    void locksAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            throttle.recordFailure("user" + i + "@demo.kr", "192.0.2.7");
        }
        assertThat(throttle.lockedFor("fresh@demo.kr", "192.0.2.7")).isPresent();
        assertThat(throttle.lockedFor("fresh@demo.kr", "192.0.2.8")).isEmpty();
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsFailures() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT - 1; i++) {
            throttle.recordFailure("planner@demo.kr", "198.51.100.1");
        }
        throttle.recordSuccess("planner@demo.kr");
        throttle.recordFailure("planner@demo.kr", "198.51.100.1");
        assertThat(throttle.lockedFor("planner@demo.kr", "198.51.100.2")).isEmpty();
    }
}
