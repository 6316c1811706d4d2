package kr.silheomjang.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;

import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.ui.KeepTyped;

/** Adds one participant; every personal field says why it is collected, right under it. */
class ParticipantDialog extends Dialog {

    final ParticipantInputs inputs;
    final Button save = new Button();

    ParticipantDialog(ParticipantService service, long experimentId, Runnable saved) {
        setHeaderTitle(getTranslation("people.add"));
        setId("participant-dialog");
        inputs = new ParticipantInputs(this, true, "new");
        FormLayout form = new FormLayout(inputs.all());
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        for (Component c : inputs.all()) {
            if (c instanceof TextArea) {
                form.setColspan(c, 2);
            }
        }
        add(form);

        save.setText(getTranslation("people.save"));
        save.setId("save-participant");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (PeopleActions.run(this, () -> service.create(experimentId, inputs.draft()), () -> { })) {
                close();
                saved.run();
            }
        });
        Button cancel = new Button(getTranslation("people.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
        KeepTyped.guard(this, inputs.values());
    }
}
