package kr.silheomjang.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import kr.silheomjang.security.AccountService;

/**
 * Accounts otherwise come only from invitations, so a fresh production database needs a first account to start
 * experiments and invite others: created at start-up from {@code silheomjang.bootstrap.*} when it does not exist yet.
 */
@Component
class BootstrapAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAccount.class);

    private final AccountService accounts;
    private final UserAccountRepository repository;
    private final String email;
    private final String name;
    private final String password;

    BootstrapAccount(AccountService accounts, UserAccountRepository repository, @Value("${silheomjang.bootstrap.email:}") String email,
            @Value("${silheomjang.bootstrap.name:관리자}") String name,
            @Value("${silheomjang.bootstrap.password:}") String password) {
        this.accounts = accounts;
        this.repository = repository;
        this.email = email;
        this.name = name;
        this.password = password;
    }

    /** Creates the account when missing; either way it is an organisation administrator. */
    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank()) {
            return;
        }
        if (accounts.findByEmail(email).isEmpty()) {
            long id = accounts.createAccount(email, name, password).id();
            // The id, not the address: logs carry no personal data.
            log.info("Created the first account (#{}) from silheomjang.bootstrap.*", id);
        }
        repository.findByEmailIgnoreCase(AccountService.normalizeEmail(email))
                .filter(a -> !a.isAdministrator())
                .ifPresent(a -> {
                    a.setAdministrator(true);
                    repository.save(a);
                });
    }
}
