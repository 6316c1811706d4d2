package kr.silheomjang.experiment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import kr.silheomjang.experiment.InvitationPreview;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.ui.Messages;

/** Where an invitation link lands: the invitee sets a password (or proves their existing one) and joins. */
@Route(value = "invite/:token", autoLayout = false)
@AnonymousAllowed
public class InvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationService invitations;
    private String token;
    final Paragraph message = new Paragraph();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button join = new Button();

    public InvitationView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("invitation-view");
        setMaxWidth("30rem");
        getStyle().set("margin", "0 auto");
        message.setId("invitation-message");
        displayName.setId("invitee-name");
        displayName.setLabel(getTranslation("invitation.name"));
        displayName.setHelperText(getTranslation("invitation.namePurpose"));
        password.setId("invitee-password");
        password.setHelperText(getTranslation("account.passwordHelp", AccountService.MIN_PASSWORD_LENGTH));
        repeat.setId("invitee-repeat");
        repeat.setLabel(getTranslation("account.repeatPassword"));
        join.setId("accept-invitation");
        join.setText(getTranslation("invitation.join"));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        for (var f : new com.vaadin.flow.component.HasSize[] { displayName, password, repeat, join }) {
            f.setWidthFull();
        }
        add(new H1(getTranslation("app.name")), message, displayName, password, repeat, join);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        InvitationPreview preview = invitations.preview(token);
        boolean valid = preview.status() == InvitationPreview.Status.VALID;
        displayName.setVisible(valid && !preview.accountExists());
        repeat.setVisible(valid && !preview.accountExists());
        password.setVisible(valid);
        join.setVisible(valid);
        if (!valid) {
            message.setText(getTranslation("invitation.status." + preview.status().name()));
            return;
        }
        message.setText(getTranslation(preview.accountExists() ? "invitation.existing" : "invitation.new",
                preview.experimentTitle(), getTranslation(preview.role().messageKey()), preview.email()));
        password.setLabel(getTranslation(preview.accountExists() ? "invitation.existingPassword" : "login.password"));
        join.addClickListener(e -> accept(preview.accountExists()));
    }

    private void accept(boolean existing) {
        try {
            if (existing) {
                invitations.acceptWithExistingAccount(token, password.getValue());
            } else {
                invitations.acceptWithNewAccount(token, displayName.getValue(), password.getValue(), repeat.getValue());
            }
            getUI().ifPresent(ui -> ui.getPage().setLocation("login?joined"));
        } catch (UserFacingException e) {
            Messages.showError(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title") + " · " + getTranslation("app.name");
    }
}
