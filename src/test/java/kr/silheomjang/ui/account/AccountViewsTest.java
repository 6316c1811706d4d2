package kr.silheomjang.ui.account;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;

import kr.silheomjang.support.BrowserlessSupport;

class AccountViewsTest extends BrowserlessSupport {

    @Test
    void aWrongCurrentPasswordIsExplainedAndTheRightOneChangesIt() {
        String me = newAccount("비번 바꾸는 사람");
        BrowserlessUIContext window = windowOf(me);
        AccountView view = window.navigate(AccountView.class);

        window.test(view.current).setValue("not-my-password");
        window.test(view.newPassword).setValue("new-password-1");
        window.test(view.repeat).setValue("new-password-1");
        window.test(view.save).click();
        assertThat(lastNotification(window)).isEqualTo("비밀번호가 올바르지 않습니다.");
        assertThat(passwords.matches(me, "password-123")).isTrue();

        window.test(view.current).setValue("password-123");
        window.test(view.newPassword).setValue("new-password-1");
        window.test(view.repeat).setValue("new-password-1");
        window.test(view.save).click();
        assertThat(lastNotification(window)).isEqualTo("비밀번호를 바꿨습니다.");
        assertThat(passwords.matches(me, "new-password-1")).isTrue();
        assertThat(view.current.getValue()).isEmpty();
    }

    @Test
    void theOnlyOwnerIsToldWhatHoldsTheirAccountAndAPlannerDeletesTheirsWithTheirPassword() {
        String owner = newAccount("혼자 가진 사람");
        String planner = newAccount("떠나는 기획자");
        experimentWithPlanner(owner, planner, "혼자 가진 실험");
        AccountView held = windowOf(owner).navigate(AccountView.class);
        assertThat(held.delete.isEnabled()).isFalse();
        assertThat(held.deleteHeld.isVisible()).isTrue();
        assertThat(held.deleteHeld.getText()).contains("혼자 가진 실험");

        BrowserlessUIContext window = windowOf(planner);
        AccountView view = window.navigate(AccountView.class);
        assertThat(view.delete.isEnabled()).isTrue();
        assertThat(view.deleteHeld.isVisible()).isFalse();
        window.test(view.deletePassword).setValue("not-my-password");
        window.test(view.delete).click();
        answerQuestion(window, "delete-account-keep", true);
        assertThat(lastNotification(window)).isEqualTo("비밀번호가 올바르지 않습니다.");
        assertThat(accounts.findByEmail(planner)).isPresent();

        window.test(view.deletePassword).setValue("password-123");
        window.test(view.delete).click();
        answerQuestion(window, "delete-account-keep", false);
        assertThat(accounts.findByEmail(planner)).as("kept on the safe answer").isPresent();
        window.test(view.delete).click();
        answerQuestion(window, "delete-account-keep", true);
        assertThat(accounts.findByEmail(planner)).isEmpty();
    }

    static String lastNotification(BrowserlessUIContext window) {
        return window.find(Notification.class).last().getElement().getProperty("text");
    }

    @Test
    void theShellListsOnlyTheViewsThatExist() {
        BrowserlessUIContext window = windowOf(newAccount("탐색"));
        window.navigate(AccountView.class);
        assertThat(window.find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("실험장 목록", "포트폴리오 타임라인", "계정 설정", "제안함");
    }

    @Test
    void theLoginViewExplainsALockoutFromTheServersWordNotTheUrls() {
        BrowserlessUIContext window = app.newUser().newWindow();
        window.activate();
        window.getUI().navigate("login", QueryParameters.of("locked", "12"));
        LoginForm form = window.find(LoginForm.class).single();
        assertThat(form.isError()).as("a link alone says nothing").isFalse();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).doesNotContain("12");

        // The sign-in filter put the time into this browser's session: the page words it.
        java.time.Instant now = spring.getBean(java.time.Clock.class).instant();
        com.vaadin.flow.server.VaadinSession.getCurrent().getSession().setAttribute(
                kr.silheomjang.security.LoginThrottle.LOCKED_UNTIL_ATTRIBUTE, now.plusSeconds(11 * 60 + 30));
        window.getUI().navigate("login", QueryParameters.of("locked", ""));
        form = window.find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("보안을 위해 잠시 로그인을 막았습니다. 12분 후에 다시 시도해 주세요.");
    }
}
