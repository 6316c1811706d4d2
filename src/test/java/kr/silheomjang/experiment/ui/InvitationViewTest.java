package kr.silheomjang.experiment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.notification.Notification;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;

class InvitationViewTest extends BrowserlessSupport {

    @Autowired
    ExperimentService experiments;
    @Autowired
    InvitationService invitations;

    static String lastNotification(BrowserlessUIContext window) {
        return window.find(Notification.class).last().getElement().getProperty("text");
    }

    @Test
    void anInviteeWithoutAccountJoinsThroughTheLink() {
        String owner = newAccount("초대한 사람");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("링크로 참여하는 실험장")));
        String email = "joiner-" + System.nanoTime() + "@org.kr";
        String link = signedIn.as(owner, () -> invitations.invite(id, email, MemberRole.PARTNER_GUEST).link());
        String token = link.substring(link.lastIndexOf('/') + 1);

        BrowserlessUIContext window = app.newUser().newWindow();
        InvitationView view = window.navigate(InvitationView.class, Map.of("token", token));
        assertThat(view.message.getText()).contains("링크로 참여하는 실험장").contains("협력기관 게스트").contains(email);

        assertThat(view.repeat.getLabel()).isEqualTo("비밀번호 확인");
        // Each problem shows under its field, not as a message that piles up and outlives the fix.
        window.test(view.password).setValue("joiner-pass-1");
        window.test(view.repeat).setValue("joiner-pass-1");
        window.test(view.join).click();
        assertThat(view.displayName.isInvalid()).isTrue();
        assertThat(view.displayName.getErrorMessage()).isEqualTo("이름을 1~100자로 입력해 주세요.");
        assertThat(window.find(Notification.class).all()).isEmpty();

        window.test(view.displayName).setValue("새 협력자");
        window.test(view.repeat).setValue("joiner-pass-2");
        window.test(view.join).click();
        assertThat(view.displayName.isInvalid()).isFalse();
        assertThat(view.repeat.isInvalid()).isTrue();
        assertThat(view.repeat.getErrorMessage()).isEqualTo("비밀번호와 확인이 서로 다릅니다. 같은 비밀번호를 한 번 더 입력해 주세요.");
        assertThat(window.find(Notification.class).all()).isEmpty();
        assertThat(accounts.findByEmail(email)).isEmpty();

        window.test(view.password).setValue("short");
        window.test(view.repeat).setValue("short");
        window.test(view.join).click();
        assertThat(view.repeat.isInvalid()).isFalse();
        assertThat(view.password.getErrorMessage()).isEqualTo("비밀번호는 8자 이상이어야 합니다.");
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(accounts.findByEmail(email)).isEmpty();

        window.test(view.password).setValue("joiner-pass-1");
        window.test(view.repeat).setValue("joiner-pass-1");
        window.test(view.join).click();
        assertThat(passwords.matches(email, "joiner-pass-1")).isTrue();
        assertThat(signedIn.as(email, () -> experiments.listMine(true, 0, 10))).singleElement()
                .satisfies(s -> assertThat(s.id()).isEqualTo(id));
    }

    @Test
    void aBrokenInvitationLinkSaysSoInKorean() {
        BrowserlessUIContext window = app.newUser().newWindow();
        InvitationView view = window.navigate(InvitationView.class, Map.of("token", "not-a-real-token-at-all-xyz"));
        assertThat(view.message.getText()).isEqualTo("올바르지 않거나 취소된 초대 링크입니다.");
        assertThat(view.join.isVisible()).isFalse();
    }

}
