package kr.silheomjang.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.security.AccountService;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.ui.ComponentTexts;
import kr.silheomjang.ui.Messages;

@Route("account")
@Menu(order = 90, title = "nav.account")
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = ComponentTexts.localize(new PasswordField());
    final PasswordField newPassword = ComponentTexts.localize(new PasswordField());
    final PasswordField repeat = ComponentTexts.localize(new PasswordField());
    final Button save = new Button();

    public AccountView(AccountService accounts, CurrentUser currentUser) {
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
                long minutes = Math.max(1, (ex.waitFor().toSeconds() + 59) / 60);
                Messages.showError(getTranslation("error.password.throttledFor", minutes));
            } catch (UserFacingException ex) {
                Messages.showError(this, ex);
            }
        });
        add(title, who, current, newPassword, repeat, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · " + getTranslation("app.name");
    }
}
