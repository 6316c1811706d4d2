package kr.silheomjang.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.security.AccountService;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.ui.ComponentTexts;
import kr.silheomjang.ui.DestructiveQuestion;
import kr.silheomjang.ui.Messages;

@Route("account")
@Menu(order = 90, title = "nav.account")
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = ComponentTexts.localize(new PasswordField());
    final PasswordField newPassword = ComponentTexts.localize(new PasswordField());
    final PasswordField repeat = ComponentTexts.localize(new PasswordField());
    final Button save = new Button();
    final PasswordField deletePassword = ComponentTexts.localize(new PasswordField());
    final Button delete = new Button();
    final Paragraph deleteHeld = new Paragraph();

    public AccountView(AccountService accounts, CurrentUser currentUser, AuthenticationContext authentication) {
        addClassName("account-view");
        setMaxWidth("32rem");
        H2 title = new H2(getTranslation("account.title"));
        Paragraph who = new Paragraph(currentUser.get()
                .map(u -> getTranslation("account.signedInAs", u.displayName(), u.email())).orElse(""));
        current.setLabel(getTranslation("account.currentPassword"));
        current.setId("current-password");
        newPassword.setLabel(getTranslation("account.newPassword"));
        newPassword.setHelperText(getTranslation("account.passwordHelp", AccountService.MIN_PASSWORD_LENGTH));
        newPassword.setId("new-password");
        repeat.setLabel(getTranslation("account.repeatPassword"));
        repeat.setId("repeat-password");
        for (PasswordField f : new PasswordField[] { current, newPassword, repeat }) {
            f.setWidthFull();
        }
        save.setText(getTranslation("account.changePassword"));
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                int ended = accounts.changePassword(current.getValue(), newPassword.getValue(), repeat.getValue(),
                        VaadinSession.getCurrent().getSession().getId());
                current.clear();
                newPassword.clear();
                repeat.clear();
                String text = getTranslation("account.passwordChanged")
                        + (ended > 0 ? " " + getTranslation("account.otherSessionsEnded", ended) : "");
                Notification.show(text, 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (AccountService.ThrottledException ex) {
                showThrottled(ex);
            } catch (UserFacingException ex) {
                Messages.showError(this, ex);
            }
        });
        add(title, who, current, newPassword, repeat, save);
        addDeletion(accounts, authentication);
    }

    /**
     * Deleting one's own account: what goes and what stays, then the password and one question. While the person is
     * the only owner of an experiment the button waits, naming those experiments (the service refuses anyway).
     */
    private void addDeletion(AccountService accounts, AuthenticationContext authentication) {
        H3 heading = new H3(getTranslation("account.delete.title"));
        heading.setId("delete-account-heading");
        Paragraph what = new Paragraph(getTranslation("account.delete.explain"));
        what.addClassName("help-text");
        java.util.List<String> sole = accounts.deletionHolds();
        deleteHeld.setText(getTranslation("account.delete.soleOwner", String.join(", ", sole)));
        deleteHeld.setId("delete-account-held");
        deleteHeld.setVisible(!sole.isEmpty());
        deletePassword.setLabel(getTranslation("account.delete.password"));
        deletePassword.setId("delete-account-password");
        deletePassword.setWidthFull();
        deletePassword.setEnabled(sole.isEmpty());
        delete.setText(getTranslation("account.delete.button"));
        delete.setId("delete-account");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setEnabled(sole.isEmpty());
        delete.addClickListener(e -> DestructiveQuestion.ask(this, "account.delete.question", "delete-account-keep",
                () -> {
                    try {
                        accounts.deleteOwnAccount(deletePassword.getValue(),
                                VaadinSession.getCurrent().getSession().getId());
                        signOut(authentication);
                    } catch (AccountService.ThrottledException ex) {
                        showThrottled(ex);
                    } catch (UserFacingException ex) {
                        deletePassword.clear();
                        Messages.showError(this, ex);
                    }
                }));
        VerticalLayout section = new VerticalLayout(heading, what, deleteHeld, deletePassword, delete);
        section.setPadding(false);
        section.addClassName("delete-account");
        section.getElement().setAttribute("aria-labelledby", "delete-account-heading");
        section.getElement().setAttribute("role", "region");
        add(section);
    }

    /** Password checks are locked for now: for how many minutes, rounded up. */
    private void showThrottled(AccountService.ThrottledException ex) {
        long minutes = Math.max(1, (ex.waitFor().toSeconds() + 59) / 60);
        Messages.showError(getTranslation("error.password.throttledFor", minutes));
    }

    /** The account is gone: out of this session too, to the sign-in page. */
    private void signOut(AuthenticationContext authentication) {
        try {
            authentication.logout();
        } catch (IllegalStateException alreadyEnded) {
            // The session ended with the account's others (it was known to the registry under another id).
            getUI().ifPresent(ui -> ui.getPage().setLocation("login"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · " + getTranslation("app.name");
    }
}
