package kr.silheomjang.support;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import kr.silheomjang.security.AccountService;
import kr.silheomjang.security.internal.UserAccountRepository;

/**
 * Whether an account's stored password is the given one: for tests only. The application has no such unthrottled
 * check (it was the invitation password oracle); people prove passwords through the throttled sign-in.
 */
@Component
public class Passwords {

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;

    Passwords(UserAccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    public boolean matches(String email, String raw) {
        return accounts.findByEmailIgnoreCase(AccountService.normalizeEmail(email))
                .map(a -> encoder.matches(raw, a.getPasswordHash())).orElse(false);
    }
}
