package kr.silheomjang.survey.ui;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.collab.PresenceRegistry;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.ui.ExperimentSection;
import kr.silheomjang.ui.ExperimentSections;
import kr.silheomjang.ui.LiveSubscription;
import kr.silheomjang.ui.Messages;
import kr.silheomjang.ui.PresenceBar;

/**
 * What every survey page of an experiment shares: reading the route, the experiment's tabs, presence avatars, and a
 * live subscription that re-reads through the services (which re-check access) and leaves when access is gone.
 */
abstract class ExperimentPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LiveUpdateBus bus;
    private final PresenceRegistry presence;
    private final CurrentUser currentUser;
    private final ExperimentSections sections;
    final Div tabsSlot = new Div();
    final HorizontalLayout presenceSlot = new HorizontalLayout();
    long experimentId;
    private LiveSubscription live;
    private boolean left;

    ExperimentPage(LiveUpdateBus bus, PresenceRegistry presence, CurrentUser currentUser,
            ExperimentSections sections) {
        this.bus = bus;
        this.presence = presence;
        this.currentUser = currentUser;
        this.sections = sections;
        addClassName("survey-page");
        tabsSlot.setWidthFull();
        presenceSlot.setPadding(false);
    }

    /** The place shown next to this page's presence avatars. */
    abstract String place();

    /** Reads what the page shows; throws AccessDeniedException when the caller may not. */
    abstract void load(BeforeEnterEvent event);

    /** Re-reads after others changed something of this experiment. */
    abstract void refresh(Set<LiveUpdate> updates);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = param(event, ExperimentSection.PARAM);
        if (id.isEmpty()) {
            denied(event);
            return;
        }
        experimentId = id.get();
        try {
            load(event);
        } catch (AccessDeniedException e) {
            denied(event);
            return;
        }
        left = false;
        if (live != null) {
            live.close();
        }
        presenceSlot.removeAll();
        presenceSlot.add(new PresenceBar(presence, bus, currentUser.require(), experimentId, place()));
        tabsSlot.removeAll();
        tabsSlot.add(sections.tabs(experimentId, SurveysView.class));
        live = LiveSubscription.of(this, bus, experimentId, this::onLive);
    }

    static Optional<Long> param(BeforeEnterEvent event, String name) {
        try {
            return Optional.of(Long.parseLong(event.getRouteParameters().get(name).orElse("")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    void denied(BeforeEnterEvent event) {
        Messages.showError(getTranslation("error.experiment.notAccessible"));
        event.forwardTo("");
    }

    private void onLive(Set<LiveUpdate> updates) {
        long me = currentUser.require().id();
        if (updates.stream().anyMatch(u -> LiveUpdate.MEMBER_REMOVED.equals(u.kind()) && u.ids().contains(me))) {
            leave();
            return;
        }
        if (updates.stream().allMatch(u -> LiveUpdate.PRESENCE.equals(u.kind()))) {
            return;
        }
        try {
            refresh(updates);
        } catch (AccessDeniedException e) {
            leave();
        }
    }

    void leave() {
        if (left) {
            return;
        }
        left = true;
        if (live != null) {
            live.close();
            live = null;
        }
        presenceSlot.removeAll();
        Messages.showError(getTranslation("error.experiment.removed"));
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.heading") + " · " + getTranslation("app.name");
    }
}
