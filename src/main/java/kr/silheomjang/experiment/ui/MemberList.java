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
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.MemberView;

/**
 * The overview's member list: avatar, name and role per member; for the owner a role picker and a remove button.
 * The changes themselves go back to the page (its {@code run}), which owns the error handling.
 */
class MemberList extends VerticalLayout {

    private final BiConsumer<Long, MemberRole> changeRole;
    private final LongConsumer removeMember;

    MemberList(BiConsumer<Long, MemberRole> changeRole, LongConsumer remove) {
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
                    changeRole.accept(m.memberId(), e.getValue());
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
     * The one question before a member loses access; only confirming removes them. Focus starts on "취소", so an Enter
     * pressed out of habit keeps the member.
     */
    ConfirmDialog confirmRemoval(MemberView m) {
        ConfirmDialog confirm = new ConfirmDialog();
        Button keep = new Button(getTranslation("overview.remove.cancel"), e -> confirm.close());
        keep.setId("keep-member");
        confirm.setId("remove-member-dialog");
        confirm.setHeader(getTranslation("overview.remove.header", m.displayName()));
        confirm.setText(getTranslation("overview.remove.text", m.displayName()));
        confirm.setCancelable(true);
        confirm.setCancelButton(keep);
        confirm.setConfirmText(getTranslation("overview.remove.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> removeMember.accept(m.memberId()));
        // Once open, the web component focuses its confirm button (after the dialog itself): that first focus is moved
        // to "취소".
        confirm.getElement().executeJs("""
                const keep = $0;
                this.__keepFirst = true;
                this.addEventListener('focusin', e => {
                  if (this.__keepFirst && e.target.slot === 'confirm-button') {
                    this.__keepFirst = false; keep.focus();
                    const moved = e.target; // its focus() marks the ring after this handler: unmark it afterwards
                    queueMicrotask(() => moved.removeAttribute('focus-ring'));
                  }
                });""", keep);
        confirm.open();
        return confirm;
    }
}
