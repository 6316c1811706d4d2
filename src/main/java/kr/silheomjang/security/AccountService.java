package kr.silheomjang.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.security.internal.SignedInSessions;
import kr.silheomjang.security.internal.UserAccount;
import kr.silheomjang.security.internal.UserAccountRepository;
import kr.silheomjang.shared.UserFacingException;

/** Accounts: sign-up through invitations, password changes, look-ups by id for other features. */
@Service
@Transactional
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final SignedInSessions sessions;
    private final ApplicationEventPublisher events;
    private final List<AccountHolds> holds;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            Clock clock, LoginThrottle throttle, SignedInSessions sessions, ApplicationEventPublisher events,
            List<AccountHolds> holds) {
        this.events = events;
        this.holds = holds;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isValidEmail(String email) {
        String e = normalizeEmail(email);
        return e.length() <= 254 && EMAIL.matcher(e).matches();
    }

    /**
     * Creates an account. Callers decide who may do so (invitation acceptance, demo data); it is not exposed to
     * anonymous users directly.
     */
    public AppUser createAccount(String email, String displayName, String rawPassword) {
        List<String> errors = new ArrayList<>();
        String normalized = normalizeEmail(email);
        if (!isValidEmail(normalized)) {
            errors.add("error.email.invalid");
        } else if (accounts.existsByEmailIgnoreCase(normalized)) {
            errors.add("error.email.taken");
        }
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 100) {
            errors.add("error.displayName.invalid");
        } else if (kr.silheomjang.shared.StoredText.isReserved(name)) {
            errors.add("error.displayName.reserved");
        }
        errors.addAll(passwordProblems(rawPassword));
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        UserAccount account = new UserAccount(normalized, name, passwordEncoder.encode(rawPassword), clock.instant());
        // The first account of an installation (bootstrap or demo owner) administers it and appoints the others.
        account.setAdministrator(accounts.count() == 0);
        return accounts.save(account).toAppUser();
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> findByEmail(String email) {
        return accounts.findByEmailIgnoreCase(normalizeEmail(email)).map(UserAccount::toAppUser);
    }

    @Transactional(readOnly = true)
    public Map<Long, AppUser> findByIds(Collection<Long> ids) {
        return accounts.findAllById(ids).stream()
                .map(UserAccount::toAppUser)
                .collect(Collectors.toMap(AppUser::id, Function.identity()));
    }

    /**
     * Changes the signed-in person's password after checking the current one (throttled like sign-in, so a session
     * left open cannot be used to guess it), then ends every other session of theirs: whoever else was signed in
     * with the old password is out.
     *
     * @param keepSessionId the HTTP session the change is made in, which stays signed in (Vaadin sends the click
     *                      over the push connection, so the caller names it); null ends every session
     * @return how many other sessions were ended
     */
    @PreAuthorize("isAuthenticated()")
    public int changePassword(String currentPassword, String newPassword, String repeatedPassword,
            @Nullable String keepSessionId) {
        UserAccount account = accountForPasswordCheck();
        List<String> errors = new ArrayList<>();
        if (!isOwnPassword(account, currentPassword)) {
            errors.add("error.password.currentWrong");
        }
        errors.addAll(passwordProblems(newPassword));
        if (newPassword != null && !newPassword.equals(repeatedPassword)) {
            errors.add("error.password.mismatch");
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        throttle.recordPasswordCheckSuccess(account.getId());
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        return sessions.endOthers(account.getId(), keepSessionId);
    }

    /** The caller's account, unless their password checks are locked for now (throttled like sign-in). */
    private UserAccount accountForPasswordCheck() {
        long userId = currentUser.require().id();
        Optional<Duration> wait = throttle.passwordCheckLockedFor(userId);
        if (wait.isPresent()) {
            throw new ThrottledException(wait.get());
        }
        return accounts.findById(userId).orElseThrow();
    }

    /** Whether {@code password} is the account's own; a wrong one counts towards the throttle. */
    private boolean isOwnPassword(UserAccount account, @Nullable String password) {
        if (password == null || !passwordEncoder.matches(password, account.getPasswordHash())) {
            throttle.recordPasswordCheckFailure(account.getId());
            return false;
        }
        return true;
    }

    /**
     * What keeps the signed-in person's account from being deleted now (the experiments they alone own, by title);
     * empty when it can go.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> deletionHolds() {
        long userId = currentUser.require().id();
        return holds.stream().flatMap(h -> h.holding(userId).stream()).toList();
    }

    /**
     * Deletes the signed-in person's own account after checking their password (throttled like a password change):
     * every feature drops what is theirs alone ({@link AccountErasing}; refused, deleting nothing, while they are the
     * last owner of an experiment or the last administrator), the account is anonymised, and every other session of
     * theirs ends; the caller signs this one out.
     *
     * @param keepSessionId the HTTP session the deletion is made in, left for the page to sign out (as in
     *                      {@link #changePassword}); null ends every session
     */
    @PreAuthorize("isAuthenticated()")
    public void deleteOwnAccount(String currentPassword, @Nullable String keepSessionId) {
        UserAccount account = accountForPasswordCheck();
        if (!isOwnPassword(account, currentPassword)) {
            throw new UserFacingException("error.password.currentWrong");
        }
        throttle.recordPasswordCheckSuccess(account.getId());
        erase(account, keepSessionId);
    }

    /**
     * Anonymises an account once its features let go of it. The administrators' rows are locked first, so the last
     * administrator cannot be deleted while another revokes themselves at the same moment (as setAdministrator does).
     * Callers check who may do this.
     */
    void erase(UserAccount account, @Nullable String keepSessionId) {
        if (account.isErased()) {
            throw new UserFacingException("admin.error.notFound");
        }
        if (account.isAdministrator()) {
            accounts.lockAdministrators();
            if (accounts.countByAdministrator(1) <= 1) {
                throw new UserFacingException("account.delete.error.lastAdministrator");
            }
        }
        long userId = account.getId();
        events.publishEvent(new AccountErasing(userId, account.getEmail()));
        account.erase(clock.instant(), passwordEncoder.encode(java.util.UUID.randomUUID().toString()));
        // Sessions end once the deletion is certain: a refusal above leaves the person signed in.
        kr.silheomjang.shared.AfterCommit.run(() -> sessions.endOthers(userId, keepSessionId));
    }

    /** The current password was checked too often: the person must wait {@link #waitFor()}. */
    public static final class ThrottledException extends UserFacingException {

        private final Duration waitFor;

        ThrottledException(Duration waitFor) {
            super("error.password.throttled");
            this.waitFor = waitFor;
        }

        public Duration waitFor() {
            return waitFor;
        }
    }

    private static List<String> passwordProblems(String raw) {
        if (raw == null || raw.length() < MIN_PASSWORD_LENGTH) {
            return List.of("error.password.tooShort");
        }
        if (raw.length() > 128) {
            return List.of("error.password.tooLong");
        }
        return List.of();
    }
}
