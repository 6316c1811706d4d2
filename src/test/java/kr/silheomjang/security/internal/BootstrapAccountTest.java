package kr.silheomjang.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.UserFacingException;

@SpringBootTest
@ActiveProfiles("test")
class BootstrapAccountTest {

    @Autowired
    kr.silheomjang.support.Passwords passwords;
    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository repository;

    @Test
    void createsTheFirstAccountOnceAsAnAdministratorAndRefusesAWeakPassword() {
        String email = "admin-" + System.nanoTime() + "@org.kr";
        new BootstrapAccount(accounts, repository, email, "관리자", "first-password").run(null);
        assertThat(passwords.matches(email, "first-password")).isTrue();
        assertThat(repository.findByEmailIgnoreCase(email).orElseThrow().isAdministrator()).isTrue();

        new BootstrapAccount(accounts, repository, email, "관리자", "other-password").run(null);
        assertThat(passwords.matches(email, "first-password")).isTrue();

        new BootstrapAccount(accounts, repository, "", "관리자", "").run(null);
        assertThatThrownBy(() -> new BootstrapAccount(accounts, repository, "weak@org.kr", "관리자", "short").run(null))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void anExistingBootstrapAccountIsMadeAnAdministrator() {
        String email = "later-" + System.nanoTime() + "@org.kr";
        accounts.createAccount(email, "나중 관리자", "first-password");
        assertThat(repository.findByEmailIgnoreCase(email).orElseThrow().isAdministrator()).isFalse();
        new BootstrapAccount(accounts, repository, email, "관리자", "ignored-password").run(null);
        assertThat(repository.findByEmailIgnoreCase(email).orElseThrow().isAdministrator()).isTrue();
    }
}
