package kr.silheomjang.people.ui;

import java.util.Optional;
import java.util.Set;


import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.collab.PresenceRegistry;
import kr.silheomjang.experiment.ExperimentDetails;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.people.PartnerService;
import kr.silheomjang.people.PeopleKinds;
import kr.silheomjang.people.ProposerConsentService;
import kr.silheomjang.people.StaffRosterService;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.ui.ExperimentSections;
import kr.silheomjang.ui.ExperimentWatch;
import kr.silheomjang.ui.LiveSubscription;

/**
 * Everyone the experiment involves: participants, the proposer's consent, the staff roster, partner organisations and
 * personal-data settings, as tabs. One live subscription feeds every panel; each re-reads through its service.
 */
@Route("experiments/:experimentId/people")
@PermitAll
@StyleSheet("css/people.css")
public class PeopleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ExperimentService experiments;
    private final ParticipantService participantService;
    private final ProposerConsentService proposerService;
    private final StaffRosterService staffService;
    private final PartnerService partnerService;
    private final LiveUpdateBus bus;
    private final PresenceRegistry presence;
    private final CurrentUser currentUser;
    private final ExperimentSections sections;

    final H2 title = new H2();
    final Div tabsSlot = new Div();
    final HorizontalLayout presenceSlot = new HorizontalLayout();
    /** Sub-sections; every panel stays attached (so live updates keep it current), only the chosen one shows. */
    final Tabs tabs = new Tabs();
    final Div content = new Div();
    private final java.util.Map<Tab, Component> panels = new java.util.LinkedHashMap<>();
    ParticipantsPanel participants;
    ProposerPanel proposer;
    StaffPanel staff;
    PartnersPanel partners;
    PrivacyPanel privacy;

    private long experimentId;
    private final ExperimentWatch watch;
    private String pageTitle = "";

    public PeopleView(ExperimentService experiments, ParticipantService participantService,
            ProposerConsentService proposerService, StaffRosterService staffService, PartnerService partnerService,
            LiveUpdateBus bus, PresenceRegistry presence, CurrentUser currentUser, ExperimentSections sections) {
        this.watch = new ExperimentWatch(this, presenceSlot, bus, presence, currentUser);
        this.experiments = experiments;
        this.participantService = participantService;
        this.proposerService = proposerService;
        this.staffService = staffService;
        this.partnerService = partnerService;
        this.bus = bus;
        this.presence = presence;
        this.currentUser = currentUser;
        this.sections = sections;
        addClassName("people-view");
        setPadding(true);
        title.addClassName("experiment-title");
        title.setId("people-title");
        tabsSlot.setWidthFull();
        presenceSlot.setPadding(false);
        HorizontalLayout head = new HorizontalLayout(title, presenceSlot);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.setWrap(true);
        tabs.setWidthFull();
        tabs.setId("people-tabs");
        tabs.addSelectedChangeListener(e -> panels.forEach((tab, panel) -> panel.setVisible(tab == e.getSelectedTab())));
        content.setWidthFull();
        content.addClassName("people-content");
        add(head, tabsSlot, tabs, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ExperimentDetails> read = ExperimentWatch.read(event, experiments::get);
        if (read.isEmpty()) {
            return;
        }
        ExperimentDetails details = read.get();
        long id = details.id();
        experimentId = id;
        title.setText(details.title());
        pageTitle = details.title() + " · " + getTranslation("people.nav");
        tabsSlot.removeAll();
        tabsSlot.add(sections.tabs(id, PeopleView.class));
        boolean editor = details.myRole().canEdit();
        boolean owner = details.myRole() == MemberRole.OWNER;
        tabs.removeAll();
        content.removeAll();
        panels.clear();
        participants = new ParticipantsPanel(participantService, id, editor, this::leave);
        proposer = new ProposerPanel(proposerService, id, editor);
        staff = new StaffPanel(staffService, id, editor);
        partners = new PartnersPanel(partnerService, id, editor, owner);
        privacy = new PrivacyPanel(experiments, participantService, proposerService, id, editor, owner);
        section("participants", participants);
        section("proposer", proposer);
        section("staff", staff);
        section("partners", partners);
        section("privacy", privacy);
        tabs.setSelectedIndex(0);
        panels.forEach((tab, panel) -> panel.setVisible(tab == tabs.getSelectedTab()));
        watch.start(id, "people", false, this::onLiveUpdates);
    }

    void onLiveUpdates(Set<LiveUpdate> updates) {
        participants.onLive(updates);
        if (LiveSubscription.contains(updates, PeopleKinds.PROPOSER)) {
            proposer.reload();
            privacy.reload();
        }
        if (LiveSubscription.contains(updates, PeopleKinds.PARTICIPANTS)
                || LiveSubscription.contains(updates, LiveUpdate.EXPERIMENT)) {
            privacy.reload();
        }
        if (LiveSubscription.contains(updates, PeopleKinds.STAFF)) {
            staff.reload();
        }
        if (LiveSubscription.contains(updates, PeopleKinds.PARTNERS)
                || LiveSubscription.contains(updates, LiveUpdate.MEMBERS)) {
            partners.reload();
        }
    }

    /** Access is gone: stop listening and go back to the list. */
    void leave() {
        watch.leave();
    }

    private void section(String name, Component panel) {
        Tab tab = new Tab(getTranslation("people.tab." + name));
        tab.setId("tab-" + name);
        panels.put(tab, panel);
        tabs.add(tab);
        content.add(panel);
    }

    /** Shows one sub-section ("participants", "proposer", "staff", "partners", "privacy"). */
    void show(String name) {
        panels.keySet().stream().filter(t -> t.getId().orElse("").equals("tab-" + name)).findFirst()
                .ifPresent(tabs::setSelectedTab);
    }

    long experimentId() {
        return experimentId;
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    static Component spacer() {
        Div d = new Div();
        d.addClassName("people-spacer");
        return d;
    }
}
