package kr.silheomjang.followup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What a partner guest reads on a follow-up page only the planning team uses (mail, report, its print page), instead
 * of its content. Display only: the services refuse guests anyway, and asking them would send a member away as if the
 * experiment were not theirs.
 */
final class EditorsOnlyNote extends Paragraph {

    EditorsOnlyNote(String id) {
        setId(id);
        setText(getTranslation("followup.editorsOnly"));
    }

    /** Shows either the note or {@code content}, as the role allows; true when the page may read and show its data. */
    boolean showFor(boolean mayEdit, Component content) {
        setVisible(!mayEdit);
        content.setVisible(mayEdit);
        return mayEdit;
    }
}
