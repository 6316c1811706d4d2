package kr.silheomjang.experiment.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import kr.silheomjang.ui.ComponentTexts;
import kr.silheomjang.ui.DestructiveQuestion;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.MemberView;

/**
 * The overview's member list: avatar, name and role per member; for the owner a role picker and a remove button.
 * The changes themselves go back to the page (its {@code run}), which owns the error handling.
 */
class MemberList extends VerticalLayout {

    /** Gets the member as this list showed them (their version) and the picked role. */
    private final BiConsumer<MemberView, MemberRole> changeRole;
    private final LongConsumer removeMember;

    MemberList(BiConsumer<MemberView, MemberRole> changeRole, LongConsumer remove) {
        this.changeRole = changeRole;
        this.removeMember = remove;
        setId("members");
        setPadding(false);
        setSpacing(false);
    }

    /** The member a link asked for ({@code ?member=}, an "invitation accepted" notification), marked; -1 for none. */
    long linked = -1;

    void show(List<MemberView> members, boolean owner) {
        removeAll();
        long owners = members.stream().filter(m -> m.role() == MemberRole.OWNER).count();
        for (MemberView m : members) {
            // The only owner can neither be removed nor demoted (the service refuses it): offer neither.
            boolean soleOwner = m.role() == MemberRole.OWNER && owners == 1;
            add(row(m, owner && !soleOwner));
        }
    }

    private HorizontalLayout row(MemberView m, boolean editable) {
        Avatar avatar = ComponentTexts.localize(new Avatar(m.displayName()));
        avatar.setColorIndex((int) (m.userId() % 7));
        Span name = new Span(m.displayName());
        name.addClassName("member-name");
        HorizontalLayout row = new HorizontalLayout(avatar, name);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.addClassName("member-row");
        row.getElement().setAttribute("data-item", String.valueOf(m.userId()));
        row.setClassName("deep-link-target", m.userId() == linked);
        if (m.email() != null) {
            row.getElement().setAttribute("data-email", m.email());
        }
        if (editable) {
            Select<MemberRole> role = new Select<>();
            role.setItems(MemberRole.values());
            role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
            role.setValue(m.role());
            role.setAriaLabel(getTranslation("overview.roleOf", m.displayName()));
            role.addClassName("member-role");
            role.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    // Checked against the version shown: a co-owner's change first is a conflict, and the page
                    // then draws the list again with the current role.
                    changeRole.accept(m, e.getValue());
                }
            });
            // Removal ends the person's access at once: ask first, naming them.
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemoval(m));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("overview.remove", m.displayName()));
            remove.addClassName("remove-member");
            row.add(role, remove);
        } else {
            Span role = new Span(getTranslation(m.role().messageKey()));
            role.addClassName("role-badge");
            row.add(role);
        }
        return row;
    }

    /**
     * The one question before a member loses access; only confirming removes them.
     */
    ConfirmDialog confirmRemoval(MemberView m) {
        ConfirmDialog confirm = DestructiveQuestion.open(getTranslation("overview.remove.header", m.displayName()),
                getTranslation("overview.remove.text", m.displayName()), getTranslation("overview.remove.cancel"),
                getTranslation("overview.remove.confirm"), "keep-member", () -> removeMember.accept(m.memberId()));
        confirm.setId("remove-member-dialog");
        return confirm;
    }
}
