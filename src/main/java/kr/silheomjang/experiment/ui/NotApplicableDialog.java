package kr.silheomjang.experiment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import kr.silheomjang.experiment.StageCheckItem;
import kr.silheomjang.experiment.StageGuideService;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.KeepTyped;

/** Owner: "해당 없음" for one checklist item, with the reason the team will read. */
class NotApplicableDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    NotApplicableDialog(StageGuideService guide, long experimentId, StageCheckItem item, Runnable afterConflict) {
        setHeaderTitle(getTranslation("guide.markNotApplicable.title", StageGuideTexts.label(this, item.key())));
        setId("not-applicable-dialog");
        reason.setLabel(getTranslation("guide.reason"));
        reason.setHelperText(getTranslation("guide.markNotApplicable.help"));
        reason.setId("not-applicable-reason");
        reason.setMaxLength(500);
        reason.setRequired(true);
        reason.setWidthFull();
        Paragraph intro = new Paragraph(getTranslation("guide.markNotApplicable.intro"));
        intro.addClassName("help-text");
        add(intro, reason);
        confirm.setText(getTranslation("guide.markNotApplicable"));
        confirm.setId("confirm-not-applicable");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (Actions.run(this, () -> guide.markNotApplicable(experimentId, item.key(), reason.getValue()),
                    () -> {
                        close();
                        afterConflict.run();
                    })) {
                close();
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
        setWidth("min(32rem, 95vw)");
        KeepTyped.guard(this, reason);
    }
}
