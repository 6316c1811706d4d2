package kr.silheomjang.ui.account;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.security.AccountSummary;
import kr.silheomjang.security.AdministratorService;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.ui.DestructiveQuestion;
import kr.silheomjang.ui.Messages;

/**
 * Organisation administrators appoint and revoke each other. Administrators edit what every experiment shares (the
 * planning templates); the menu shows this page only to them, and the service refuses everyone else anyway.
 */
@Route("admin")
@PermitAll
public class AdministratorsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AdministratorService administrators;
    private final CurrentUser currentUser;
    final Grid<AccountSummary> grid = new Grid<>();

    public AdministratorsView(AdministratorService administrators, CurrentUser currentUser) {
        this.administrators = administrators;
        this.currentUser = currentUser;
        addClassName("account-view");
        setMaxWidth("48rem");
        H2 title = new H2(getTranslation("admin.title"));
        Paragraph explain = new Paragraph(getTranslation("admin.explain"));
        explain.addClassName("help-text");
        grid.setId("administrators");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("admin.name")).setAutoWidth(true);
        grid.addColumn(AccountSummary::email).setHeader(getTranslation("admin.email")).setAutoWidth(true);
        grid.addComponentColumn(this::administratorBox).setHeader(getTranslation("admin.administrator"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::deleteButton).setHeader(getTranslation("admin.delete.column"))
                .setAutoWidth(true).setFlexGrow(0);
        add(title, explain, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!administrators.isAdministrator()) {
            Messages.showError(getTranslation("admin.onlyAdministrators"));
            event.forwardTo("");
            return;
        }
        reload();
    }

    private Checkbox administratorBox(AccountSummary account) {
        Checkbox box = new Checkbox(account.administrator());
        box.setAriaLabel(getTranslation("admin.administratorOf", account.displayName()));
        box.addClassName("administrator-box");
        box.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                administrators.setAdministrator(account.id(), e.getValue());
                Messages.showSuccess(getTranslation(e.getValue() ? "admin.appointed" : "admin.revoked",
                        account.displayName()));
            } catch (UserFacingException ex) {
                Messages.showError(this, ex);
            } catch (AccessDeniedException ex) {
                Messages.showError(getTranslation("admin.onlyAdministrators"));
            }
            reload();
        });
        return box;
    }

    /**
     * Deletes an account at its holder's request (made outside the app, e.g. by mail). Not one's own: that is on
     * 내 계정, with one's password.
     */
    private Button deleteButton(AccountSummary account) {
        Button delete = new Button(VaadinIcon.TRASH.create());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("admin.delete.of", account.displayName()));
        delete.setTooltipText(getTranslation("admin.delete.of", account.displayName()));
        delete.addClassName("delete-account-button");
        delete.setVisible(currentUser.get().map(me -> me.id() != account.id()).orElse(false));
        delete.addClickListener(e -> DestructiveQuestion.ask(this, "admin.delete.question", "admin-delete-keep",
                () -> {
                    try {
                        administrators.deleteAccount(account.id());
                        Messages.showSuccess(getTranslation("admin.delete.done", account.displayName()));
                    } catch (UserFacingException ex) {
                        Messages.showError(this, ex);
                    } catch (AccessDeniedException ex) {
                        Messages.showError(getTranslation("admin.onlyAdministrators"));
                    }
                    reload();
                }, account.displayName(), account.email()));
        return delete;
    }

    void reload() {
        try {
            grid.setItems(administrators.accounts());
        } catch (AccessDeniedException e) {
            // Revoked meanwhile (perhaps by themselves): nothing to administer any more.
            Messages.showError(getTranslation("admin.onlyAdministrators"));
            getUI().ifPresent(ui -> ui.navigate(""));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title") + " · " + getTranslation("app.name");
    }
}
