package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.login;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import kr.silheomjang.security.AccountService;

/**
 * Password guessing in a real browser: five wrong passwords from one place make that place wait, and the login page says
 * so in Korean, with the time computed on the server (the URL only says {@code ?locked}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginThrottleIT {

    private static final String WRONG = "이메일 또는 비밀번호가 올바르지 않습니다";
    private static final String LOCKED = "로그인 시도가 너무 많습니다";

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    @Test
    void fiveWrongPasswordsLockTheAccountWithAKoreanMessage() {
        // An account of its own, so that locking it cannot disturb tests sharing this application.
        String email = "throttle" + System.nanoTime() + "@demo.kr";
        String password = "correct-horse-1";
        browsers.bean(AccountService.class).createAccount(email, "잠금시험", password);

        Page page = browsers.newContext().newPage();
        Locator form = page.locator("#login-form");
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(page, email, "wrong-password-" + attempt);
            page.waitForURL("**/login?error");
            assertThat(form.getByText(WRONG)).isVisible();
            assertThat(form.getByText(LOCKED)).hasCount(0);
        }
        login(page, email, "wrong-password-5");
        page.waitForURL("**/login?locked");
        assertThat(form.getByText(LOCKED)).isVisible();
        assertThat(form).containsText("1분 후에 다시 시도해 주세요");
        screenshot(page, "throttle-1-locked-after-five");

        // Locked means locked: even the right password is refused now.
        login(page, email, password);
        page.waitForURL("**/login?locked");
        assertThat(form.getByText(LOCKED)).isVisible();
        assertThat(page.locator("#experiments-grid")).hasCount(0);
    }

    @Test
    void aLinkCannotTellSomeoneTheyAreLockedOut() {
        Page page = browsers.newContext().newPage();
        page.navigate("/login?locked=999");
        assertThat(page.locator("#login-form")).isVisible();
        assertThat(page.locator("#login-form").getByText(LOCKED)).hasCount(0);
        assertThat(page.locator("#login-form")).not().containsText("999");
    }
}
