package kr.silheomjang.people.ui;

import java.time.LocalDate;
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
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.experiment.ExperimentDetails;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.people.ParticipantCsvService;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.people.PartnerService;
import kr.silheomjang.people.PeopleLive;
import kr.silheomjang.people.ProposerConsentService;
import kr.silheomjang.people.StaffRosterService;
import kr.silheomjang.ui.ExperimentPage;
import kr.silheomjang.ui.ExperimentPageSupport;
import kr.silheomjang.ui.TabRows;

/**
 * Everyone the experiment involves: participants, the proposer's consent, the staff roster, partner organisations and
 * personal-data settings, as tabs. One live subscription feeds every panel; each re-reads through its service.
 */
@Route("experiments/:experimentId/people")
@PermitAll
@StyleSheet("css/people.css")
public class PeopleView extends ExperimentPage {

    private final ExperimentService experiments;
    private final ParticipantService participantService;
    private final ParticipantCsvService csvService;
    private final ProposerConsentService proposerService;
    private final StaffRosterService staffService;
    private final PartnerService partnerService;

    /** Sub-sections; every panel stays attached (so live updates keep it current), only the chosen one shows. */
    final Tabs tabs = new Tabs();
    final Div content = new Div();
    private final java.util.Map<Tab, Component> panels = new java.util.LinkedHashMap<>();
    /** Panels behind other tabs that missed a change, with how each reads again once shown. */
    private final java.util.Map<Component, Runnable> staleWhileHidden = new java.util.HashMap<>();
    ParticipantsPanel participants;
    ProposerPanel proposer;
    StaffPanel staff;
    /** The experiment's event day as last read: where a new roster line starts. */
    private LocalDate eventDay;
    PartnersPanel partners;
    PrivacyPanel privacy;
    private long builtFor;
    /** The sub-section a link asked for ({@code ?tab=proposer}, e.g. from the stage guide); null for the first. */
    private String requestedTab;
    private MemberRole builtRole;

    public PeopleView(ExperimentPageSupport support, ExperimentService experiments,
            ParticipantService participantService, ParticipantCsvService csvService,
            ProposerConsentService proposerService, StaffRosterService staffService, PartnerService partnerService) {
        super(support, "people.nav", "people", PeopleLive.PARTICIPANTS, PeopleLive.PROPOSER, PeopleLive.STAFF,
                PeopleLive.PARTNERS, WorkspaceLive.MEMBERS, WorkspaceLive.EXPERIMENT,
                // The proposer meeting is the calendar's event: moving it there shows here.
                kr.silheomjang.schedule.ScheduleLive.EVENTS);
        this.experiments = experiments;
        this.participantService = participantService;
        this.csvService = csvService;
        this.proposerService = proposerService;
        this.staffService = staffService;
        this.partnerService = partnerService;
        addClassName("people-view");
        setPadding(true);
        tabs.setWidthFull();
        tabs.setId("people-tabs");
        TabRows.plain(tabs);
        tabs.addSelectedChangeListener(e -> {
            panels.forEach((tab, panel) -> panel.setVisible(tab == e.getSelectedTab()));
            Component shown = panels.get(e.getSelectedTab());
            Runnable reload = shown == null ? null : staleWhileHidden.remove(shown);
            if (reload != null) {
                reread(reload); // as any read of this page: access gone a moment ago leaves the page
            }
        });
        content.setWidthFull();
        content.addClassName("people-content");
        add(tabs, content);
    }

    @Override
    protected void readRoute(com.vaadin.flow.router.BeforeEnterEvent event) {
        requestedTab = event.getLocation().getQueryParameters().getSingleParameter("tab").orElse(null);
        // A link to one person (a search result): that person opened in the participants list.
        kr.silheomjang.ui.DeepLink.requested(event, "participant").ifPresent(id -> kr.silheomjang.ui.DeepLink
                .openWhenShown(this, () -> {
                    if (participants != null) {
                        show("participants");
                        participants.showPerson(id);
                    }
                }));
        // A link to one consent (a "consent withdrawn" notification): its line in the proposer tab, marked.
        event.getLocation().getQueryParameters().getSingleParameter("consent")
                .filter(k -> k.matches("[A-Z_]{1,40}")).ifPresent(kind -> kr.silheomjang.ui.DeepLink
                        .openWhenShown(this, () -> {
                            if (proposer != null) {
                                show("proposer");
                                proposer.showConsent(kind);
                            }
                        }));
    }

    @Override
    protected void load(long id) {
        ExperimentDetails details = experiments.get(id);
        eventDay = details.eventDate();
        boolean editor = details.myRole().canEdit();
        boolean owner = details.myRole() == MemberRole.OWNER;
        if (participants != null && builtFor == id && builtRole == details.myRole()) {
            // Read again (e.g. the live connection came back): refresh the panels in place, so open forms keep
            // what is being typed (their live forms mark what others changed).
            staleWhileHidden.clear(); // every panel reads now
            participants.onLive(Set.of(LiveUpdate.of(id, PeopleLive.PARTICIPANTS)));
            proposer.reload();
            staff.reload();
            partners.reload();
            privacy.reload();
            return;
        }
        builtFor = id;
        builtRole = details.myRole();
        tabs.removeAll();
        content.removeAll();
        panels.clear();
        staleWhileHidden.clear();
        participants = new ParticipantsPanel(participantService, csvService, id, editor, this::leave, this::formPresence);
        proposer = new ProposerPanel(proposerService, id, editor, this::formPresence);
        staff = new StaffPanel(staffService, id, editor, this::formPresence, () -> eventDay);
        partners = new PartnersPanel(partnerService, id, editor, owner, this::formPresence);
        privacy = new PrivacyPanel(experiments, participantService, proposerService, id, editor, owner);
        section("participants", participants);
        section("proposer", proposer);
        section("staff", staff);
        section("partners", partners);
        section("privacy", privacy);
        tabs.setSelectedIndex(0);
        panels.forEach((tab, panel) -> panel.setVisible(tab == tabs.getSelectedTab()));
        if (requestedTab != null) {
            show(requestedTab);
        }
    }

    @Override
    protected void onLive(Set<LiveUpdate> updates) {
        participants.onLive(updates);
        if (LiveUpdate.any(updates, PeopleLive.PROPOSER, kr.silheomjang.schedule.ScheduleLive.EVENTS)) {
            reloadWhenShown(proposer, proposer::reload);
            reloadWhenShown(privacy, privacy::reload);
        }
        if (LiveUpdate.any(updates, PeopleLive.PARTICIPANTS, WorkspaceLive.EXPERIMENT)) {
            reloadWhenShown(privacy, privacy::reload);
        }
        // MEMBERS: the staff dialog's "계정 연결" lists the members, and the grid names the linked ones.
        if (LiveUpdate.any(updates, PeopleLive.STAFF, WorkspaceLive.MEMBERS)) {
            reloadWhenShown(staff, staff::reload);
        }
        if (LiveUpdate.any(updates, PeopleLive.PARTNERS, WorkspaceLive.MEMBERS)) {
            reloadWhenShown(partners, partners::reload);
        }
    }

    /**
     * A panel behind another tab reads again only when its tab is chosen: a change would otherwise make every open
     * people page read the proposer's consents and the privacy log that almost nobody is looking at (issue #21).
     */
    private void reloadWhenShown(Component panel, Runnable reload) {
        if (panel.isVisible()) {
            reload.run();
        } else {
            staleWhileHidden.put(panel, reload);
        }
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


    static Component spacer() {
        Div d = new Div();
        d.addClassName("people-spacer");
        return d;
    }
}
