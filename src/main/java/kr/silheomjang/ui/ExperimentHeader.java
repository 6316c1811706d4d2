package kr.silheomjang.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.collab.PresenceRegistry;
import kr.silheomjang.security.CurrentUser;

/** The same header on every page of an experiment: back link, title, stage, D-day, archived badge, presence. */
class ExperimentHeader extends Composite<VerticalLayout> {

    private final PresenceRegistry presence;
    private final LiveUpdateBus bus;
    private final CurrentUser currentUser;
    private final H2 title = new H2();
    private final Span stage = new Span();
    private final Span dday = new Span();
    private final Span archived = new Span();
    private final Span offline = new Span();
    private final HorizontalLayout presenceSlot = new HorizontalLayout();
    private PresenceBar bar;
    private ExperimentHeadings.Heading shown;

    ExperimentHeader(PresenceRegistry presence, LiveUpdateBus bus, CurrentUser currentUser) {
        this.presence = presence;
        this.bus = bus;
        this.currentUser = currentUser;
        // The list is the app's root route; a router link keeps it a client-side navigation.
        Anchor back = new Anchor("", "← " + getTranslation("header.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-link");
        back.setId("back-to-list");
        title.setId("experiment-title");
        title.addClassName("experiment-title");
        stage.setId("stage-badge");
        stage.addClassName("stage-badge");
        dday.setId("dday");
        dday.addClassName("dday-badge");
        archived.setId("archived-badge");
        archived.addClassName("archived-badge");
        archived.setText(getTranslation("experiment.archived"));
        archived.setVisible(false);
        // Only while the nodes cannot hear each other (Redis unreachable): saving still works, others' changes wait.
        offline.setId("live-offline");
        offline.addClassName("live-offline-badge");
        offline.setText(getTranslation("header.liveOffline"));
        offline.getElement().setAttribute("title", getTranslation("header.liveOffline.hint"));
        offline.getElement().setAttribute("role", "status");
        offline.setVisible(false);
        presenceSlot.setPadding(false);
        presenceSlot.addClassName("header-presence");
        HorizontalLayout row = new HorizontalLayout(title, stage, dday, archived, offline, presenceSlot);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.addClassName("experiment-header-row");
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().addClassName("experiment-header");
        getContent().add(back, row);
    }

    void show(ExperimentHeadings.Heading h) {
        // Every live re-read of a page shows the heading again; the same heading (most changes) sends nothing and
        // costs no message look-ups on each of the open pages (issue #21, the 1,000-view fan-out).
        if (h.equals(shown)) {
            return;
        }
        shown = h;
        title.setText(h.title());
        stage.setText(getTranslation(h.stageKey()));
        stage.getElement().setAttribute("title",
                getTranslation("header.stage", h.stageCount(), h.stageIndex() + 1, getTranslation(h.stageKey())));
        dday.setText(h.dday());
        archived.setVisible(h.archived());
    }

    void presenceAt(long experimentId, String place) {
        presenceSlot.removeAll();
        bar = new PresenceBar(presence, bus, currentUser.require(), experimentId, place);
        presenceSlot.add(bar);
    }

    /** Shows or hides "실시간 연결이 끊겼습니다". */
    void showConnection(boolean connected) {
        offline.setVisible(!connected);
    }

    /** Draws the avatars again, e.g. after the nodes could not hear each other for a while. */
    void refreshPresence() {
        if (bar != null) {
            bar.refresh();
        }
    }

    boolean offline() {
        return offline.isVisible();
    }

    void leavePresence() {
        presenceSlot.removeAll();
        bar = null;
    }

    String title() {
        return title.getText();
    }

    String dday() {
        return dday.getText();
    }

    boolean archived() {
        return archived.isVisible();
    }

    /** The names the avatars show right now (as rendered, not as registered). */
    List<String> presentNames() {
        String shown = bar == null ? null : bar.getElement().getAttribute("data-present");
        return shown == null || shown.isEmpty() ? List.of() : List.of(shown.split(","));
    }
}
