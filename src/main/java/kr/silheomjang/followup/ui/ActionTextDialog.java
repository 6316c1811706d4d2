package kr.silheomjang.followup.ui;

import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import kr.silheomjang.followup.RetrospectiveService;
import kr.silheomjang.shared.Texts;
import kr.silheomjang.ui.KeepTyped;

/**
 * "다음에는": the item's text as the action's, to confirm or reword before it is made. A feedback item may be far
 * longer than an action may be (it becomes a planning template's checklist line), so the text starts cut to the
 * limit and the field takes no more. Escape or 취소 closes without making anything; the dialog stays open with the
 * text when the action is refused.
 */
final class ActionTextDialog extends Dialog {

    final TextArea text = new TextArea();
    final Button confirm = new Button();
    final Button cancel = new Button();

    /** {@code make} makes the action from the text; true when it was made (then the dialog closes). */
    ActionTextDialog(String itemText, Predicate<String> make) {
        setId("retro-action-dialog");
        setHeaderTitle(getTranslation("followup.actions.dialog.title"));
        setWidth("min(36rem, 100vw)");
        Paragraph help = new Paragraph(getTranslation("followup.actions.dialog.help",
                RetrospectiveService.MAX_ACTION));
        help.setId("retro-action-help");
        text.setId("retro-action-text");
        text.setLabel(getTranslation("followup.actions.dialog.text"));
        text.setMaxLength(RetrospectiveService.MAX_ACTION);
        text.setRequired(true);
        text.setWidthFull();
        text.setValue(Texts.cut(itemText == null ? "" : itemText.strip(), RetrospectiveService.MAX_ACTION));
        text.setHelperText(getTranslation("followup.actions.dialog.limit", RetrospectiveService.MAX_ACTION));
        add(help, text);

        confirm.setText(getTranslation("followup.actions.dialog.confirm"));
        confirm.setId("retro-action-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (make.test(text.getValue())) {
                close();
            }
        });
        cancel.setText(getTranslation("common.cancel"));
        cancel.setId("retro-action-cancel");
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, confirm);
        KeepTyped.guard(this, text);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                text.focus();
            }
        });
    }
}
