package kr.silheomjang.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.KeepTyped;
import kr.silheomjang.ui.Messages;

/** Someone who came without an invitation: name required, contacts optional with their purpose. */
class WalkInDialog extends Dialog {

    final TextField name = new TextField();
    final TextField phone = new TextField();
    final TextField email = new TextField();
    final Button save = new Button();

    private final ParticipantService service;
    private final long experimentId;
    private final Runnable added;

    WalkInDialog(ParticipantService service, long experimentId, Runnable added) {
        this.service = service;
        this.experimentId = experimentId;
        this.added = added;
        setId("walkin-dialog");
        setHeaderTitle(getTranslation("people.checkin.walkIn"));
        name.setId("walkin-name");
        name.setLabel(getTranslation("people.field.name"));
        name.setRequiredIndicatorVisible(true);
        phone.setId("walkin-phone");
        phone.setLabel(getTranslation("people.field.phone"));
        phone.setHelperText(getTranslation("people.checkin.optional") + " · "
                + getTranslation("people.purpose.contact"));
        email.setId("walkin-email");
        email.setLabel(getTranslation("people.field.email"));
        email.setHelperText(getTranslation("people.checkin.optional") + " · "
                + getTranslation("people.purpose.contact"));
        FormLayout form = new FormLayout(name, phone, email);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Span note = new Span(getTranslation("people.checkin.walkInNote"));
        note.addClassName("checkin-walkin-note");
        add(form, note);
        save.setId("walkin-save");
        save.setText(getTranslation("people.checkin.walkInSave"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("people.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
        KeepTyped.guard(this, name, phone, email);
    }

    void save() {
        name.setInvalid(false);
        phone.setInvalid(false);
        email.setInvalid(false);
        boolean saved = Actions.on(this).onInvalid(keys -> keys.forEach(key -> {
            TextField f = key.contains("phone") ? phone : key.contains("email") ? email : name;
            f.setErrorMessage(getTranslation(key));
            f.setInvalid(true);
        })).run(() -> service.addWalkIn(experimentId, name.getValue(), phone.getValue(), email.getValue()));
        if (!saved) {
            return;
        }
        Messages.showSuccess(getTranslation("people.checkin.walkInAdded", name.getValue().strip()));
        close();
        added.run();
    }
}
