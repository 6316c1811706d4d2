package kr.silheomjang.survey.ui;

import java.util.Optional;
import java.util.OptionalLong;
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
import kr.silheomjang.ui.ExperimentSections;
import kr.silheomjang.ui.ExperimentWatch;

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
    private final ExperimentWatch watch;

    ExperimentPage(LiveUpdateBus bus, PresenceRegistry presence, CurrentUser currentUser,
            ExperimentSections sections) {
        this.bus = bus;
        this.presence = presence;
        this.currentUser = currentUser;
        this.sections = sections;
        this.watch = new ExperimentWatch(this, presenceSlot, bus, presence, currentUser);
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
        OptionalLong id = ExperimentWatch.experimentId(event);
        if (id.isEmpty()) {
            ExperimentWatch.refuse(event);
            return;
        }
        experimentId = id.getAsLong();
        try {
            load(event);
        } catch (AccessDeniedException e) {
            ExperimentWatch.refuse(event);
            return;
        }
        tabsSlot.removeAll();
        tabsSlot.add(sections.tabs(experimentId, SurveysView.class));
        watch.start(experimentId, place(), false, this::refresh);
    }

    static Optional<Long> param(BeforeEnterEvent event, String name) {
        try {
            return Optional.of(Long.parseLong(event.getRouteParameters().get(name).orElse("")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.heading") + " · " + getTranslation("app.name");
    }
}
