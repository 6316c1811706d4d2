package kr.silheomjang.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without handing an attacker a way to lock the real person out (decision note 14).
 *
 * <p>Failures are counted per <em>account and client address</em>: the first {@value #FREE_PER_PAIR} are free, then
 * every further failure makes that pair wait longer (1, 2, 4 … minutes, at most an hour). Someone guessing a
 * colleague's password from their own machine therefore only slows themselves down; the colleague, signing in from
 * elsewhere, is not affected. Two wider nets catch what the pair count cannot:
 * <ul>
 * <li>one address failing for many accounts (more than {@value #FREE_PER_ADDRESS}) waits, whichever account it tries;
 * <li>one account failing from many addresses (more than {@value #FREE_PER_ACCOUNT}, a botnet) makes further tries
 * wait, except from addresses that signed in to that account successfully before (the real person's usual places).
 * </ul>
 * The current-password check of a signed-in person (password change) is counted per account in the same way.
 * Counters live in a {@link ThrottleStore} and are forgotten a day after the last failure.
 */
@Component
public class LoginThrottle {

    static final int FREE_PER_PAIR = 4;
    static final int FREE_PER_ADDRESS = 20;
    static final int FREE_PER_ACCOUNT = 50;
    static final int FREE_PASSWORD_CHECKS = 4;
    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    static final Duration FORGET_FAILURES = Duration.ofDays(1);
    static final Duration REMEMBER_GOOD_ADDRESS = Duration.ofDays(90);

    /**
     * HTTP session attribute (an {@link Instant}) the sign-in filter sets when it refuses a locked attempt: the login
     * page words its message from it, never from the URL.
     */
    public static final String LOCKED_UNTIL_ATTRIBUTE = LoginThrottle.class.getName() + ".lockedUntil";

    private final ThrottleStore store;
    private final Clock clock;

    LoginThrottle(ThrottleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** How long a sign-in to {@code email} from {@code address} must wait, if at all. */
    public Optional<Duration> lockedFor(String email, @Nullable String address) {
        Instant now = clock.instant();
        String account = AccountService.normalizeEmail(email);
        String from = addressOrUnknown(address);
        Optional<Duration> pair = waitFor(pairKey(account, from), FREE_PER_PAIR, now);
        Optional<Duration> byAddress = waitFor("address:" + from, FREE_PER_ADDRESS, now);
        Optional<Duration> byAccount = store.get(knownKey(account, from), now).isPresent() ? Optional.empty()
                : waitFor("account:" + account, FREE_PER_ACCOUNT, now);
        return Stream.of(pair, byAddress, byAccount).flatMap(Optional::stream).max(Duration::compareTo);
    }

    /** When the sign-in would be allowed again; {@code now} when it is not locked. */
    public Instant lockedUntil(String email, @Nullable String address) {
        Instant now = clock.instant();
        return lockedFor(email, address).map(now::plus).orElse(now);
    }

    public void recordFailure(String email, @Nullable String address) {
        Instant now = clock.instant();
        String account = AccountService.normalizeEmail(email);
        String from = addressOrUnknown(address);
        store.increment(pairKey(account, from), now, FORGET_FAILURES);
        store.increment("address:" + from, now, FORGET_FAILURES);
        store.increment("account:" + account, now, FORGET_FAILURES);
    }

    /**
     * A correct password from {@code address}: that pair starts afresh and the address counts as one of the person's
     * usual places. The address's and the account's wider counters stay: a success on one's own account must not wipe
     * failures against others.
     */
    public void recordSuccess(String email, @Nullable String address) {
        Instant now = clock.instant();
        String account = AccountService.normalizeEmail(email);
        String from = addressOrUnknown(address);
        store.remove(pairKey(account, from));
        store.increment(knownKey(account, from), now, REMEMBER_GOOD_ADDRESS);
    }

    /** How long a signed-in person must wait before their current password is checked again, if at all. */
    public Optional<Duration> passwordCheckLockedFor(long userId) {
        return waitFor("password-check:" + userId, FREE_PASSWORD_CHECKS, clock.instant());
    }

    public void recordPasswordCheckFailure(long userId) {
        store.increment("password-check:" + userId, clock.instant(), FORGET_FAILURES);
    }

    public void recordPasswordCheckSuccess(long userId) {
        store.remove("password-check:" + userId);
    }

    /** Free failures first, then 1, 2, 4 … minutes after the latest failure, at most {@link #LONGEST_WAIT}. */
    private Optional<Duration> waitFor(String key, int free, Instant now) {
        return store.get(key, now).flatMap(entry -> {
            int over = entry.count() - free;
            if (over <= 0) {
                return Optional.empty();
            }
            Duration wait = over > 10 ? LONGEST_WAIT : FIRST_WAIT.multipliedBy(1L << (over - 1));
            if (wait.compareTo(LONGEST_WAIT) > 0) {
                wait = LONGEST_WAIT;
            }
            Duration left = Duration.between(now, entry.last().plus(wait));
            return left.isPositive() ? Optional.of(left) : Optional.empty();
        });
    }

    private static String pairKey(String account, String address) {
        return "pair:" + account + "|" + address;
    }

    private static String knownKey(String account, String address) {
        return "known:" + account + "|" + address;
    }

    private static String addressOrUnknown(@Nullable String address) {
        return address == null || address.isBlank() ? "unknown" : address;
    }
}
