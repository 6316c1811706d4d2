package kr.silheomjang.people.ui;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.textfield.TextField;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.people.ParticipantField;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;

/** Adding a participant or a walk-in: Esc asks before throwing the typed details away (ui.KeepTyped). */
class ParticipantDialogKeepTypedTest extends BrowserlessSupport {

    @Autowired
    ExperimentService experiments;

    @Test
    void escapeAsksOnlyWhenDetailsWereTyped() {
        String owner = newAccount("김기획");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("참여자 실험장")));
        BrowserlessUIContext window = windowOf(owner);
        PeopleView view = window.navigate(PeopleView.class, Map.of("experimentId", String.valueOf(id)));
        window.test(view.participants.add).click();
        escapeClosesAtOnce(window, opened(window, ParticipantDialog.class));

        window.test(view.participants.add).click();
        ParticipantDialog dialog = opened(window, ParticipantDialog.class);
        TextField name = (TextField) dialog.inputs.input(ParticipantField.NAME);
        window.test(name).setValue("홍길동");
        escapeAsksBeforeDiscarding(window, dialog, name, "홍길동");
    }
}
