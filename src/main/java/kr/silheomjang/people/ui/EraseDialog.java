package kr.silheomjang.people.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

import kr.silheomjang.people.ParticipantRow;
import kr.silheomjang.people.ParticipantService;

/**
 * Per-person export and erase, one action: the download hands over everything kept about the person and, in the same
 * transaction, anonymises them; the personal-data log records it.
 */
class EraseDialog extends Dialog {

    final Anchor exportAndErase;

    EraseDialog(ParticipantService service, long experimentId, ParticipantRow row, Runnable done) {
        setHeaderTitle(getTranslation("people.erase.title", row.name()));
        setId("erase-dialog");
        add(new Paragraph(getTranslation("people.erase.explain")));
        UI ui = UI.getCurrent();
        exportAndErase = new Anchor(event -> {
            byte[] data = service.exportAndErase(experimentId, row.id());
            event.setFileName("participant-" + row.id() + ".csv");
            event.setContentType(kr.silheomjang.shared.csv.CsvWriter.CONTENT_TYPE);
            event.getOutputStream().write(data);
            ui.access(() -> {
                close();
                done.run();
            });
        }, getTranslation("people.erase.confirm"));
        exportAndErase.getElement().setAttribute("download", true);
        exportAndErase.setId("confirm-erase");
        exportAndErase.addClassNames("people-link-button", "danger");
        Button cancel = new Button(getTranslation("people.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, exportAndErase);
    }
}
