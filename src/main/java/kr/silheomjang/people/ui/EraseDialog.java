package kr.silheomjang.people.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

import kr.silheomjang.people.ParticipantRow;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.ui.Messages;

/**
 * A person's request in two steps: first the download of everything kept about them across the experiment (a ZIP of
 * CSV files), then — enabled only once the download was written — the erasure. The service refuses an erasure
 * without a produced export too, so a failed download never loses data nobody has seen.
 */
class EraseDialog extends Dialog {

    final Anchor export;
    final Button erase = new Button();

    EraseDialog(ParticipantService service, long experimentId, ParticipantRow row, Runnable done) {
        setHeaderTitle(getTranslation("people.erase.title", row.name()));
        setId("erase-dialog");
        add(new Paragraph(getTranslation("people.erase.explain")));
        UI ui = UI.getCurrent();
        java.util.Locale language = ui.getLocale();
        export = new Anchor(event -> {
            byte[] data;
            try {
                data = service.exportPerson(experimentId, row.id(), language);
            } catch (UserFacingException refused) {
                event.getResponse().setStatus(409);
                ui.access(() -> Messages.showError(this, refused));
                return;
            }
            event.setFileName("participant-" + row.id() + ".zip");
            event.setContentType("application/zip");
            event.getOutputStream().write(data);
            ui.access(() -> erase.setEnabled(true));
        }, getTranslation("people.erase.export"));
        export.getElement().setAttribute("download", true);
        export.setId("export-person");
        export.addClassNames("people-link-button");
        erase.setText(getTranslation("people.erase.confirm"));
        erase.setId("confirm-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        erase.setEnabled(false);
        erase.addClickListener(e -> {
            if (PeopleActions.run(this, () -> service.erasePerson(experimentId, row.id()), () -> { })) {
                close();
                done.run();
            }
        });
        Button cancel = new Button(getTranslation("people.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, export, erase);
    }
}
