package kr.silheomjang.notification.ui;

import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.notification.NotificationLive;
import kr.silheomjang.notification.NotificationRules;
import kr.silheomjang.notification.NotificationService;
import kr.silheomjang.notification.NotificationView;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.LiveAnnouncer;
import kr.silheomjang.ui.LiveSubscription;
import kr.silheomjang.shared.StoredText;

/**
 * The inbox: the person's notifications newest first (a lazy grid), each a link to the exact place that marks it
 * read; "모두 읽음" and the preferences. New ones arrive live.
 */
@Route("notifications")
@PermitAll
@StyleSheet("css/notification.css")
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<NotificationView> grid = new Grid<>();
    final Button markAll = new Button();
    final Button settings = new Button();
    private final NotificationService notifications;

    public NotificationsView(NotificationService notifications, LiveUpdateBus bus) {
        this.notifications = notifications;
        addClassName("notifications-view");
        H2 title = new H2(getTranslation("notification.title"));

        markAll.setText(getTranslation("notification.markAllRead"));
        markAll.setId("notifications-mark-all");
        markAll.setIcon(VaadinIcon.CHECK.create());
        markAll.addClickListener(e -> Actions.run(this, () -> {
            int marked = notifications.markAllRead();
            LiveAnnouncer.of(getUI().orElseThrow())
                    .ifPresent(a -> a.say(getTranslation("notification.markedAll", marked)));
        }));
        settings.setText(getTranslation("notification.settings"));
        settings.setId("notification-settings");
        settings.setIcon(VaadinIcon.COG.create());
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        settings.addClickListener(e -> new PreferencesDialog(notifications).open());
        HorizontalLayout actions = new HorizontalLayout(markAll, settings);
        actions.setWrap(true);

        grid.setId("notification-list");
        grid.addClassName("notification-list");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("notification.title"));
        grid.addComponentColumn(this::row).setHeader(getTranslation("notification.column.what")).setFlexGrow(1);
        grid.addComponentColumn(this::readButton).setHeader(getTranslation("notification.column.read"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> notifications.inbox(q.getPage(), q.getPageSize()).stream(),
                q -> notifications.countInbox());
        grid.setEmptyStateText(getTranslation("notification.empty"));
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setWidthFull();
        setSizeFull();
        add(title, actions, grid);
        LiveSubscription.of(this, bus, notifications.myTopic(), Set.of(NotificationLive.INBOX),
                updates -> grid.getDataProvider().refreshAll(), connected -> grid.getDataProvider().refreshAll());
    }

    private Component row(NotificationView n) {
        String subjectKey = NotificationRules.subjectKey(n.kind(), n.subject());
        String subject = subjectKey == null ? n.subject() : getTranslation(subjectKey);
        Anchor link = new Anchor(n.href(), getTranslation(NotificationRules.messageKey(n.kind()),
                StoredText.show(n.actorName(), this::getTranslation),
                subject, n.count()));
        link.getElement().setAttribute("router-link", true);
        link.setId("notification-" + n.id());
        link.addClassName("notification-link");
        // Following the link reads it: mark it on the way (the router navigates on the client meanwhile).
        link.getElement().addEventListener("click", e -> Actions.run(this, () -> notifications.markRead(n.id())));
        Span where = new Span(n.experimentTitle() + " · " + Formats.dateTime(n.at(), getLocale()));
        where.addClassName("notification-where");
        Div box = new Div(link, where);
        box.addClassName("notification-row");
        if (!n.read()) {
            box.addClassName("unread");
            Span state = new Span(getTranslation("notification.unread"));
            state.addClassName("notification-unread");
            box.addComponentAsFirst(state);
        }
        return box;
    }

    private Component readButton(NotificationView n) {
        if (n.read()) {
            return new Span();
        }
        Button read = new Button(getTranslation("notification.markRead"), e -> Actions.run(this,
                () -> notifications.markRead(n.id())));
        read.setId("notification-read-" + n.id());
        read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        read.setAriaLabel(getTranslation("notification.markReadOf", n.experimentTitle()));
        return read;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title") + " · " + getTranslation("app.name");
    }
}
