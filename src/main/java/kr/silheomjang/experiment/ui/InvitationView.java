package kr.silheomjang.experiment.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import kr.silheomjang.experiment.InvitationPreview;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.ui.ComponentTexts;
import kr.silheomjang.ui.Messages;
import kr.silheomjang.ui.PublicLayout;

/**
 * Where an invitation link lands. Without an account the invitee sets a name and password and joins. With an account
 * they sign in the normal way (the sign-in page brings them back here) and join with one click; this page never asks
 * for the password of an existing account.
 */
@Route(value = "invite/:token", layout = PublicLayout.class)
@AnonymousAllowed
public class InvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationService invitations;
    private final CurrentUser currentUser;
    private String token = "";
    final Paragraph message = new Paragraph();
    final TextField displayName = new TextField();
    final PasswordField password = ComponentTexts.localize(new PasswordField());
    final PasswordField repeat = ComponentTexts.localize(new PasswordField());
    final Button join = new Button();
    final Button signIn = new Button();

    public InvitationView(InvitationService invitations, CurrentUser currentUser) {
        this.invitations = invitations;
        this.currentUser = currentUser;
        addClassName("invitation-view");
        setMaxWidth("30rem");
        getStyle().set("margin", "0 auto");
        message.setId("invitation-message");
        displayName.setId("invitee-name");
        displayName.setLabel(getTranslation("invitation.name"));
        displayName.setHelperText(getTranslation("invitation.namePurpose"));
        password.setId("invitee-password");
        password.setLabel(getTranslation("login.password"));
        password.setHelperText(getTranslation("account.passwordHelp", AccountService.MIN_PASSWORD_LENGTH));
        repeat.setId("invitee-repeat");
        repeat.setLabel(getTranslation("invitation.repeatPassword"));
        join.setId("accept-invitation");
        join.setText(getTranslation("invitation.join"));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickListener(e -> accept());
        signIn.setId("sign-in-to-accept");
        signIn.setText(getTranslation("invitation.signIn"));
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // A signed-in-only route: the sign-in page takes the person there and that route sends them back here.
        signIn.addClickListener(e -> getUI().ifPresent(
                ui -> ui.navigate(InvitationSignInView.class, new RouteParameters("token", token))));
        for (var f : new com.vaadin.flow.component.HasSize[] { displayName, password, repeat, join, signIn }) {
            f.setWidthFull();
        }
        add(new H1(getTranslation("app.name")), message, displayName, password, repeat, join, signIn);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        InvitationPreview preview = invitations.preview(token);
        boolean valid = preview.status() == InvitationPreview.Status.VALID;
        Optional<AppUser> me = currentUser.get();
        boolean newAccount = valid && !preview.accountExists();
        boolean mine = valid && preview.accountExists() && me.isPresent()
                && AccountService.normalizeEmail(me.get().email()).equals(preview.email());
        displayName.setVisible(newAccount);
        password.setVisible(newAccount);
        repeat.setVisible(newAccount);
        join.setVisible(newAccount || mine);
        signIn.setVisible(valid && preview.accountExists() && me.isEmpty());
        if (!valid) {
            message.setText(getTranslation("invitation.status." + preview.status().name()));
            return;
        }
        String role = getTranslation(preview.role().messageKey());
        if (newAccount) {
            message.setText(getTranslation("invitation.new", preview.experimentTitle(), role, preview.email()));
        } else if (mine) {
            message.setText(getTranslation("invitation.signedIn", preview.experimentTitle(), role, preview.email()));
        } else if (me.isEmpty()) {
            message.setText(getTranslation("invitation.existing", preview.experimentTitle(), role, preview.email()));
        } else {
            message.setText(getTranslation("invitation.otherAccount", preview.experimentTitle(), preview.email(),
                    me.get().email()));
        }
    }

    private void accept() {
        try {
            if (currentUser.get().isPresent()) {
                long experimentId = invitations.acceptAsSignedIn(token);
                getUI().ifPresent(ui -> ui.navigate(ExperimentOverviewView.class,
                        new RouteParameters("experimentId", String.valueOf(experimentId))));
            } else {
                for (var field : List.of(displayName, password, repeat)) {
                    field.setInvalid(false);
                }
                invitations.acceptWithNewAccount(token, displayName.getValue(), password.getValue(),
                        repeat.getValue());
                getUI().ifPresent(ui -> ui.getPage().setLocation("login?joined"));
            }
        } catch (UserFacingException e) {
            if (!showAtFields(e.messageKeys())) {
                Messages.showError(this, e);
            }
        }
    }

    /**
     * Puts each problem under the field it is about, where it goes away with the next attempt (a toast per try piled
     * up and stayed after the field was put right). False when one of them belongs to no field: then a message.
     */
    private boolean showAtFields(List<String> keys) {
        Map<String, TextFieldBase<?, String>> fields = Map.of(
                "error.displayName.invalid", displayName,
                "error.displayName.reserved", displayName,
                "error.password.tooShort", password,
                "error.password.tooLong", password,
                "error.password.mismatch", repeat);
        if (!fields.keySet().containsAll(keys)) {
            return false;
        }
        for (String key : keys) {
            TextFieldBase<?, String> field = fields.get(key);
            // The account page's "새 비밀번호" wording does not fit a first password.
            field.setErrorMessage(getTranslation(key.equals("error.password.mismatch") ? "invitation.repeatMismatch" : key));
            field.setInvalid(true);
        }
        return true;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title") + " · " + getTranslation("app.name");
    }
}
