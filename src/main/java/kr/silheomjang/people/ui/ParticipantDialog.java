package kr.silheomjang.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantGroup;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.people.PhotoConsent;

/** Adds one participant; every personal field says why it is collected, right under it. */
class ParticipantDialog extends Dialog {

    final TextField name = new TextField();
    final TextField phone = new TextField();
    final TextField email = new TextField();
    final Select<ParticipantGroup> group = new Select<>();
    final Select<AttendanceStatus> status = new Select<>();
    final Select<PhotoConsent> photo = new Select<>();
    final TextField access = new TextField();
    final TextField diet = new TextField();
    final TextArea notes = new TextArea();
    final Button save = new Button();

    ParticipantDialog(ParticipantService service, long experimentId, Runnable saved) {
        setHeaderTitle(getTranslation("people.add"));
        setId("participant-dialog");
        name.setLabel(getTranslation("people.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setId("new-name");
        field(phone, "people.field.phone", "people.purpose.contact");
        field(email, "people.field.email", "people.purpose.contact");
        group.setLabel(getTranslation("people.field.group"));
        group.setItems(ParticipantGroup.values());
        group.setItemLabelGenerator(g -> getTranslation(g.messageKey()));
        group.setValue(ParticipantGroup.PARTICIPANT);
        group.setHelperText(getTranslation("people.purpose.group"));
        status.setLabel(getTranslation("people.field.status"));
        status.setItems(AttendanceStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setValue(AttendanceStatus.INVITED);
        status.setHelperText(getTranslation("people.purpose.status"));
        photo.setLabel(getTranslation("people.field.photo"));
        photo.setItems(PhotoConsent.values());
        photo.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        photo.setValue(PhotoConsent.REFUSED);
        photo.setHelperText(getTranslation("people.purpose.photo"));
        field(access, "people.field.access", "people.purpose.access");
        field(diet, "people.field.diet", "people.purpose.diet");
        notes.setLabel(getTranslation("people.field.notes"));
        notes.setHelperText(getTranslation("people.purpose.notes"));
        FormLayout form = new FormLayout(name, phone, email, group, status, photo, access, diet, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(notes, 2);
        add(form);

        save.setText(getTranslation("people.save"));
        save.setId("save-participant");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            ParticipantDraft d = new ParticipantDraft(name.getValue(), phone.getValue(), email.getValue(),
                    group.getValue(), status.getValue(), photo.getValue(), access.getValue(), diet.getValue(),
                    notes.getValue());
            if (PeopleActions.run(this, () -> service.create(experimentId, d), () -> { })) {
                close();
                saved.run();
            }
        });
        Button cancel = new Button(getTranslation("people.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
    }

    private void field(TextField f, String label, String purpose) {
        f.setLabel(getTranslation(label));
        f.setHelperText(getTranslation(purpose));
    }
}
