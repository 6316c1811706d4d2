package kr.silheomjang.experiment.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.experiment.StageCheckItem;
import kr.silheomjang.experiment.StageChecklist;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.KeepTyped;

/**
 * Moving on is a decision: the items still open are shown, and a reason is asked for (the activity feed records both).
 * Moving into 진행 before the event day is said plainly.
 */
class StageMoveDialog extends Dialog {

    final UnorderedList openItems = new UnorderedList();
    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    StageMoveDialog(ExperimentService experiments, StageChecklist c, long version, Stage target,
            List<StageCheckItem> open, LocalDate today, Runnable reload) {
        Runnable afterConflict = reload;
        setId("stage-move-dialog");
        setHeaderTitle(getTranslation("guide.move.title", getTranslation(target.messageKey())));
        Div body = new Div();
        if (!open.isEmpty()) {
            body.add(new Paragraph(getTranslation("guide.move.open", open.size())));
            openItems.setId("open-items");
            for (StageCheckItem i : open) {
                String text = StageGuideTexts.label(this, i.key());
                if (i.check().detail() != null) {
                    text += " — " + StageGuideTexts.detail(this, i.check().detail());
                }
                openItems.add(new ListItem(text));
            }
            body.add(openItems);
        }
        if (target == Stage.RUN_DAY && today.isBefore(c.eventDate())) {
            Paragraph early = new Paragraph(getTranslation("guide.move.early",
                    Formats.date(c.eventDate(), getLocale())));
            early.setId("move-early");
            early.addClassName("guide-flag");
            body.add(early);
        }
        reason.setLabel(getTranslation("guide.reason"));
        reason.setId("stage-move-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setRequired(!open.isEmpty());
        reason.setHelperText(getTranslation(open.isEmpty() ? "guide.move.reasonOptional" : "guide.move.reasonHelp"));
        body.add(reason);
        add(body);
        confirm.setText(getTranslation(open.isEmpty() ? "guide.move.confirm" : "guide.move.confirmWithOpen"));
        confirm.setId("confirm-stage-move");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (Actions.run(this, () -> experiments.moveStage(c.experimentId(), version, target, reason.getValue()),
                    () -> {
                        close();
                        afterConflict.run();
                    })) {
                close();
                afterConflict.run();
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
        setWidth("min(36rem, 95vw)");
        KeepTyped.guard(this, reason);
    }
}
