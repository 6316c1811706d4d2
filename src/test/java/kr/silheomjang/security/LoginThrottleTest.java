package kr.silheomjang.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import kr.silheomjang.security.internal.InMemoryThrottleStore;
import kr.silheomjang.support.MutableClock;

class LoginThrottleTest {

    MutableClock clock = MutableClock.startingNow();
    ThrottleStore store = new InMemoryThrottleStore();
    LoginThrottle throttle = new LoginThrottle(store, clock);

    private void fail(String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(email, address);
        }
    }

    @Test
    void anAttackersFailuresDoNotLockOutThePersonSigningInFromElsewhere() {
        fail("victim@demo.kr", "203.0.113.66", 30);
        assertThat(throttle.lockedFor("victim@demo.kr", "203.0.113.66")).isPresent();
        // The real person, at their own desk: not affected at all.
        assertThat(throttle.lockedFor("victim@demo.kr", "10.1.2.3")).isEmpty();
    }

    @Test
    void failuresFromOneAddressMakeItWaitLongerAndLonger() {
        fail("owner@demo.kr", "198.51.100.1", LoginThrottle.FREE_PER_PAIR);
        assertThat(throttle.lockedFor("owner@demo.kr", "198.51.100.1")).isEmpty();

        throttle.recordFailure("Owner@Demo.kr", "198.51.100.1");
        Duration first = throttle.lockedFor("owner@demo.kr", "198.51.100.1").orElseThrow();
        assertThat(first).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(throttle.lockedFor("owner@demo.kr", "198.51.100.1")).isEmpty();

        throttle.recordFailure("owner@demo.kr", "198.51.100.1");
        assertThat(throttle.lockedFor("owner@demo.kr", "198.51.100.1")).hasValueSatisfying(
                d -> assertThat(d).isGreaterThan(Duration.ofMinutes(1)).isLessThanOrEqualTo(Duration.ofMinutes(2)));
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        throttle.recordFailure("owner@demo.kr", "198.51.100.1");
        assertThat(throttle.lockedFor("owner@demo.kr", "198.51.100.1")).hasValueSatisfying(
                d -> assertThat(d).isGreaterThan(Duration.ofMinutes(3)).isLessThanOrEqualTo(Duration.ofMinutes(4)));

        fail("owner@demo.kr", "198.51.100.1", 20);
        assertThat(throttle.lockedFor("owner@demo.kr", "198.51.100.1")).hasValueSatisfying(
                d -> assertThat(d).isLessThanOrEqualTo(LoginThrottle.LONGEST_WAIT));
        // Forgotten a day after the last failure.
        clock.advance(LoginThrottle.FORGET_FAILURES.plusMinutes(1));
        assertThat(throttle.lockedFor("owner@demo.kr", "198.51.100.1")).isEmpty();
    }

    @Test
    void anAddressThatTriesManyAccountsWaitsForEveryAccount() {
        for (int i = 0; i <= LoginThrottle.FREE_PER_ADDRESS; i++) {
            throttle.recordFailure("user" + i + "@demo.kr", "192.0.2.7");
        }
        assertThat(throttle.lockedFor("fresh@demo.kr", "192.0.2.7")).isPresent();
        assertThat(throttle.lockedFor("fresh@demo.kr", "192.0.2.8")).isEmpty();
    }

    @Test
    void failuresFromManyAddressesSlowDownOnlyAddressesThePersonNeverUsed() {
        throttle.recordSuccess("target@demo.kr", "10.0.0.1");
        for (int i = 0; i <= LoginThrottle.FREE_PER_ACCOUNT; i++) {
            throttle.recordFailure("target@demo.kr", "100.64.0." + i);
        }
        assertThat(throttle.lockedFor("target@demo.kr", "100.64.9.9")).isPresent();
        assertThat(throttle.lockedFor("target@demo.kr", "10.0.0.1")).isEmpty();
    }

    @Test
    void aSuccessfulLoginClearsThatAddresssFailuresButNotTheAddresssWiderCount() {
        fail("planner@demo.kr", "198.51.100.1", LoginThrottle.FREE_PER_PAIR);
        throttle.recordSuccess("planner@demo.kr", "198.51.100.1");
        throttle.recordFailure("planner@demo.kr", "198.51.100.1");
        assertThat(throttle.lockedFor("planner@demo.kr", "198.51.100.1")).isEmpty();
        assertThat(store.get("address:198.51.100.1", clock.instant())).hasValueSatisfying(
                e -> assertThat(e.count()).isEqualTo(LoginThrottle.FREE_PER_PAIR + 1));
    }

    @Test
    void theCurrentPasswordCheckIsThrottledPerAccount() {
        for (int i = 0; i < LoginThrottle.FREE_PASSWORD_CHECKS; i++) {
            throttle.recordPasswordCheckFailure(7);
        }
        assertThat(throttle.passwordCheckLockedFor(7)).isEmpty();
        throttle.recordPasswordCheckFailure(7);
        assertThat(throttle.passwordCheckLockedFor(7)).isPresent();
        assertThat(throttle.passwordCheckLockedFor(8)).isEmpty();
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.passwordCheckLockedFor(7)).isEmpty();
    }
}
