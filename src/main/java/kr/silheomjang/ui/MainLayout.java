package kr.silheomjang.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.security.AdministratorService;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.ui.account.AdministratorsView;

/**
 * The shell: side navigation built from the views' {@code @Menu} entries (so it lists only what exists), the current
 * user with logout, and the language switch. The drawer collapses into an overlay at phone width.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication,
            AdministratorService administrators, java.util.List<ShellEntry> entries,
            java.util.List<HeaderItem> headerItems) {
        setPrimarySection(Section.DRAWER);
        ComponentTexts.localize(this);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("app-brand");

        Button language = Languages.switchButton(this, getLocale());

        HorizontalLayout user = new HorizontalLayout();
        user.setAlignItems(FlexComponent.Alignment.CENTER);
        user.addClassName("current-user");
        currentUser.get().ifPresent(me -> user.add(avatar(me), nameOf(me)));
        Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.setId("logout");
        // Its name when a phone shows the icon alone (styles.css).
        logout.setAriaLabel(getTranslation("nav.logout"));
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        user.add(logout);

        Div spacer = new Div();
        HorizontalLayout navbar = new HorizontalLayout(toggle, spacer);
        if (currentUser.get().isPresent()) {
            headerItems.stream().sorted(java.util.Comparator.comparingInt(HeaderItem::order))
                    .forEach(item -> navbar.add(item.create()));
        }
        navbar.add(language, user, new LiveAnnouncer());
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.setFlexGrow(1, spacer);
        navbar.addClassName("app-navbar");
        addToNavbar(navbar);

        SideNav nav = ComponentTexts.localize(new SideNav());
        nav.setId("side-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(
                new SideNavItem(getTranslation(entry.title()), entry.path())));
        if (currentUser.get().isPresent()) {
            entries.stream().sorted(java.util.Comparator.comparingInt(ShellEntry::order)).filter(ShellEntry::visible)
                    .forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.titleKey()), entry.view())));
        }
        // Only administrators get the administrators' page in the menu (read when the page loads).
        if (currentUser.get().isPresent() && administrators.isAdministrator()) {
            SideNavItem admin = new SideNavItem(getTranslation("nav.admin"), AdministratorsView.class);
            admin.setId("nav-admin");
            nav.addItem(admin);
        }
        addToDrawer(brand, nav);
    }

    private static Avatar avatar(AppUser me) {
        Avatar avatar = ComponentTexts.localize(new Avatar(me.displayName()));
        avatar.setColorIndex((int) (me.id() % 7));
        return avatar;
    }

    private static Span nameOf(AppUser me) {
        Span name = new Span(me.displayName());
        name.setId("current-user-name");
        name.addClassName("current-user-name");
        return name;
    }
}
