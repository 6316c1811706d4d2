package kr.silheomjang.people.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import kr.silheomjang.experiment.IssuedInvitation;
import kr.silheomjang.people.PartnerDraft;
import kr.silheomjang.people.PartnerRow;
import kr.silheomjang.people.PartnerRow.PartnerGuestView;
import kr.silheomjang.people.PartnerService;
import kr.silheomjang.ui.KeepTyped;
import kr.silheomjang.ui.LiveForm;
import kr.silheomjang.ui.Messages;

/**
 * Partner organisations, and their people as guest accounts of this experiment: invite (owners) and revoke, which
 * ends access at once.
 */
class PartnersPanel extends VerticalLayout {

    private final PartnerService service;
    private final long experimentId;
    private final boolean editor;
    private final boolean owner;
    final Grid<PartnerRow> grid = new Grid<>();
    final Button add = new Button();
    final Div guests = new Div();
    final EmailField inviteEmail = new EmailField();
    final Button invite = new Button();
    final Paragraph inviteLink = new Paragraph();
    List<PartnerRow> rows = List.of();
    PartnerRow selected;
    private final Function<String, LiveForm.Presence> presence;
    PartnerDialog dialog;

    /** {@code presence}: where a form of the page is (the page's {@code formPresence}). */
    PartnersPanel(PartnerService service, long experimentId, boolean editor, boolean owner,
            Function<String, LiveForm.Presence> presence) {
        this.service = service;
        this.presence = presence;
        this.experimentId = experimentId;
        this.editor = editor;
        this.owner = owner;
        setPadding(false);
        add.setText(getTranslation("people.partner.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("add-partner");
        add.setVisible(editor);
        add.addClickListener(e -> openDialog(null));
        grid.setId("partners-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(PartnerRow::name).setHeader(getTranslation("people.partner.name")).setAutoWidth(true)
                .setFrozen(true);
        // Contact persons and contacts are editors-only: the service gives guests neither (empty columns hidden).
        grid.addColumn(r -> nz(r.contactPerson())).setHeader(getTranslation("people.partner.contactPerson"))
                .setAutoWidth(true).setVisible(editor);
        grid.addColumn(r -> nz(r.contact())).setHeader(getTranslation("people.partner.contact")).setAutoWidth(true)
                .setVisible(editor);
        grid.addColumn(r -> nz(r.role())).setHeader(getTranslation("people.partner.role")).setWidth("12rem");
        grid.addColumn(r -> nz(r.contributions())).setHeader(getTranslation("people.partner.contributions"))
                .setWidth("14rem");
        // A guest is given only their own guest line (PartnerService.list): counted, it read 0 or 1 however many
        // guests an organisation has, so guests see no count.
        grid.addColumn(r -> String.valueOf(r.guests().stream().filter(PartnerGuestView::hasAccess).count()))
                .setHeader(getTranslation("people.partner.guestCount")).setKey("guestCount").setAutoWidth(true)
                .setVisible(editor);
        grid.setEmptyStateText(getTranslation("people.partner.empty"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            selected = e.getValue();
            renderGuests();
        });
        if (editor) {
            grid.addItemDoubleClickListener(e -> openDialog(e.getItem()));
        }
        inviteEmail.setLabel(getTranslation("people.partner.inviteEmail"));
        inviteEmail.setId("partner-invite-email");
        invite.setText(getTranslation("people.partner.invite"));
        invite.setId("partner-invite");
        invite.addClickListener(e -> inviteGuest());
        inviteLink.setId("partner-invite-link");
        inviteLink.addClassName("help-text");
        guests.setId("partner-guests");
        guests.addClassName("card");
        add(add, grid, guests);
        reload();
    }

    void reload() {
        Long keep = selected == null ? null : selected.id();
        rows = service.list(experimentId);
        grid.setItems(rows);
        selected = keep == null ? null : rows.stream().filter(r -> r.id() == keep).findFirst().orElse(null);
        if (selected != null) {
            grid.select(selected);
        }
        renderGuests();
        if (dialog != null && dialog.isOpened()) {
            dialog.refresh(rows);
        }
    }

    void openDialog(PartnerRow row) {
        dialog = new PartnerDialog(row);
        dialog.open();
    }

    private void renderGuests() {
        guests.removeAll();
        if (selected == null) {
            // Only the owner invites: the others are not told to pick a partner "to invite" (QA).
            guests.add(new Paragraph(getTranslation(owner ? "people.partner.pick" : "people.partner.pickToSee")));
            return;
        }
        guests.add(new H3(getTranslation("people.partner.guests", selected.name())));
        if (editor) {
            Button edit = new Button(getTranslation("people.partner.edit"), e -> openDialog(selected));
            edit.setId("edit-partner");
            guests.add(edit);
        }
        for (PartnerGuestView g : selected.guests()) {
            Span who = new Span(g.email() + (g.displayName() == null ? "" : " (" + g.displayName() + ")"));
            Span state = new Span(getTranslation(g.hasAccess() ? "people.partner.hasAccess"
                    : "people.partner.noAccess"));
            state.addClassName(g.hasAccess() ? "access-on" : "access-off");
            HorizontalLayout row = new HorizontalLayout(who, state);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.addClassName("guest-row");
            row.getElement().setAttribute("data-email", g.email());
            if (owner && g.hasAccess()) {
                Button revoke = new Button(getTranslation("people.partner.revoke"), e -> {
                    if (PeopleActions.run(this, () -> service.revokeGuest(experimentId, selected.id(), g.email()),
                            () -> { })) {
                        Messages.showSuccess(getTranslation("people.partner.revoked", g.email()));
                        reload();
                    }
                });
                revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                revoke.addClassName("revoke-guest");
                row.add(revoke);
            }
            guests.add(row);
        }
        if (owner) {
            HorizontalLayout inviteRow = new HorizontalLayout(inviteEmail, invite);
            inviteRow.setAlignItems(FlexComponent.Alignment.BASELINE);
            inviteRow.setWrap(true);
            guests.add(inviteRow, inviteLink);
        } else {
            guests.add(new Paragraph(getTranslation("people.partner.ownerInvites")));
        }
    }

    void inviteGuest() {
        IssuedInvitation issued = PeopleActions.call(this, () -> service.inviteGuest(experimentId, selected.id(),
                inviteEmail.getValue()), () -> { });
        if (issued != null) {
            inviteEmail.clear();
            // A mailed link is never shown: only the invited mailbox gets it, which proves the address.
            inviteLink.setText(issued.link() == null ? getTranslation("people.partner.mailed", issued.email())
                    : getTranslation("people.partner.link", issued.link()));
            reload();
        }
    }

    /**
     * Adds or edits a partner organisation. Editing is a {@link LiveForm}, as the staff line's: others' saves arrive in
     * untouched fields; a field the user is editing keeps their input, shows who changed it to what, and the save waits
     * for the user's choice.
     */
    class PartnerDialog extends Dialog {
        private final PartnerRow row;
        final LiveForm<PartnerRow> form;
        final TextField name = new TextField();
        final TextField contactPerson = new TextField();
        final TextField contact = new TextField();
        final TextField role = new TextField();
        final TextArea contributions = new TextArea();
        final Button save = new Button();

        PartnerDialog(PartnerRow row) {
            this.row = row;
            setHeaderTitle(getTranslation(row == null ? "people.partner.add" : "people.partner.edit"));
            setId("partner-dialog");
            name.setLabel(getTranslation("people.partner.name"));
            name.setId("partner-name");
            contactPerson.setLabel(getTranslation("people.partner.contactPerson"));
            contact.setLabel(getTranslation("people.partner.contact"));
            contact.setHelperText(getTranslation("people.purpose.partnerContact"));
            role.setLabel(getTranslation("people.partner.role"));
            contributions.setLabel(getTranslation("people.partner.contributions"));
            FormLayout layout = new FormLayout(name, contactPerson, contact, role, contributions);
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                    new FormLayout.ResponsiveStep("32em", 2));
            layout.setColspan(contributions, 2);
            add(layout);
            form = LiveForm.<PartnerRow>of(this)
                    .bind("name", name, PartnerRow::name)
                    .bind("contactPerson", contactPerson, r -> nz(r.contactPerson()))
                    .bind("contact", contact, r -> nz(r.contact()))
                    .bind("role", role, r -> nz(r.role()))
                    .bind("contributions", contributions, r -> nz(r.contributions()));
            if (row != null) {
                form.presence(presence.apply("partner:" + row.id())).load(row);
            }
            save.setText(getTranslation("people.save"));
            save.setId("save-partner");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> {
                if (row != null && form.refusesSave((who, when) -> Messages.showError(
                        form.conflictText("people.conflict", who, when)))) {
                    return;
                }
                PartnerDraft d = new PartnerDraft(name.getValue(), contactPerson.getValue(), contact.getValue(),
                        role.getValue(), contributions.getValue());
                boolean ok = PeopleActions.run(this, () -> {
                    if (row == null) {
                        service.add(experimentId, d);
                    } else {
                        service.update(experimentId, row.id(), form.latest().version(), d);
                    }
                }, () -> refresh(service.list(experimentId)));
                if (ok) {
                    close();
                    reload();
                }
            });
            Button cancel = new Button(getTranslation("people.cancel"), e -> close());
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            getFooter().add(cancel, save);
            KeepTyped.guard(this, form);
        }

        /** Someone changed the partners: this one's newer values reach the form (never over what is typed). */
        void refresh(List<PartnerRow> latest) {
            if (row == null) {
                return;
            }
            latest.stream().filter(r -> r.id() == row.id()).findFirst()
                    .filter(r -> r.version() != form.latest().version())
                    .ifPresent(r -> form.refresh(r, r.updatedByName(), r.updatedAt()));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
