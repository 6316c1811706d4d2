package kr.silheomjang.experiment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.InvitationView;
import kr.silheomjang.experiment.IssuedInvitation;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.shared.PublicBaseUrl;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.ui.BaseUrlWarning;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.KeepTyped;
import kr.silheomjang.ui.Messages;

/** The owner invites a planner or a partner guest; without SMTP the single-use link is shown here to copy. */
class InviteDialog extends Dialog {

    private final InvitationService invitations;
    private final long experimentId;
    private final PublicBaseUrl baseUrl;
    final EmailField email = new EmailField();
    final RadioButtonGroup<MemberRole> role = new RadioButtonGroup<>();
    final Div result = new Div();
    final VerticalLayout pending = new VerticalLayout();
    final Button send = new Button();

    InviteDialog(InvitationService invitations, long experimentId, PublicBaseUrl baseUrl) {
        this.invitations = invitations;
        this.baseUrl = baseUrl;
        this.experimentId = experimentId;
        setId("invite-dialog");
        setHeaderTitle(getTranslation("invite.title"));
        setWidth("min(36rem, 100vw)");

        email.setLabel(getTranslation("invite.email"));
        email.setId("invite-email");
        email.setWidthFull();
        email.setHelperText(getTranslation("invite.emailPurpose"));
        role.setLabel(getTranslation("invite.role"));
        role.setId("invite-role");
        role.setItems(MemberRole.PLANNER, MemberRole.PARTNER_GUEST);
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()) + " — " + getTranslation(r.messageKey() + ".help"));
        role.setValue(MemberRole.PLANNER);

        send.setText(getTranslation("invite.send"));
        send.setId("send-invite");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());
        result.setId("invite-result");
        result.setVisible(false);
        pending.setPadding(false);
        pending.setSpacing(false);
        pending.setId("pending-invitations");

        add(new VerticalLayout(email, role, send, result, new H4(getTranslation("invite.pending")), pending));
        Button close = new Button(getTranslation("common.close"), e -> close());
        getFooter().add(close);
        // An address typed and not sent yet (the role stays as chosen after a send: no question for it alone).
        KeepTyped.guard(this, email);
        refreshPending();
    }

    void send() {
        try {
            IssuedInvitation issued = invitations.invite(experimentId, email.getValue(), role.getValue());
            result.removeAll();
            Paragraph text = new Paragraph(getTranslation(issued.mailed() ? "invite.mailed" : "invite.notMailed",
                    issued.email()));
            text.setId("invite-note");
            result.add(text);
            if (issued.accountExists()) {
                result.add(new Paragraph(getTranslation("invite.existingAccount", issued.email())));
            }
            // The link is shown only when it was not mailed: a mailed link proves the address only if the inviter
            // never sees it.
            if (issued.link() != null) {
                String shown = issued.link();
                TextField link = new TextField(getTranslation("invite.link"));
                link.setId("invite-link");
                link.setValue(shown);
                link.setReadOnly(true);
                link.setWidthFull();
                Button copy = new Button(getTranslation("invite.copy"), VaadinIcon.COPY.create(), ev -> {
                    link.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", shown);
                    Messages.showSuccess(getTranslation("invite.copied"));
                });
                HorizontalLayout row = new HorizontalLayout(link, copy);
                row.setWidthFull();
                row.setAlignItems(FlexComponent.Alignment.BASELINE);
                result.add(BaseUrlWarning.unlessConfigured(baseUrl), row);
            }
            result.setVisible(true);
            email.clear();
            refreshPending();
        } catch (UserFacingException e) {
            email.setErrorMessage(String.join(" ", Messages.translate(this, e)));
            email.setInvalid(true);
        }
    }

    private void refreshPending() {
        pending.removeAll();
        var list = invitations.pending(experimentId);
        if (list.isEmpty()) {
            pending.add(new Span(getTranslation("invite.noPending")));
        }
        for (InvitationView i : list) {
            Span label = new Span(i.email() + " · " + getTranslation(i.role().messageKey()) + " · "
                    + getTranslation("invite.expires", Formats.dateTime(i.expiresAt(), getLocale())));
            Button revoke = new Button(getTranslation("invite.revoke"), e -> {
                invitations.revoke(experimentId, i.id());
                refreshPending();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            HorizontalLayout row = new HorizontalLayout(label, revoke);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            pending.add(row);
        }
    }
}
