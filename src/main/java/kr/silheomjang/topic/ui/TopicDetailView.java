package kr.silheomjang.topic.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.topic.CandidateDetails;
import kr.silheomjang.topic.CandidateDraft;
import kr.silheomjang.topic.CandidateStatus;
import kr.silheomjang.topic.DecisionView;
import kr.silheomjang.topic.SuitabilityCheck;
import kr.silheomjang.topic.TopicLive;
import kr.silheomjang.topic.OutreachService;
import kr.silheomjang.topic.ScreeningService;
import kr.silheomjang.topic.SelectionService;
import kr.silheomjang.topic.TopicService;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.ExperimentPage;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.LiveSubscription;
import kr.silheomjang.ui.Messages;

/**
 * One candidate: the proposal and its source, the proposer (known: contacts; unknown: flagged), the pipeline, the
 * three screening questions with every planner's note and score, the suitability checklist, the agency log and the
 * decisions. Co-planners' changes arrive live; a note being typed is never overwritten by them.
 */
@Route("topics/:candidateId([0-9]+)")
@PermitAll
@StyleSheet("css/topic.css")
public class TopicDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAM = "candidateId";

    private final TopicService topics;
    private final LiveUpdateBus bus;
    private final long me;
    private long candidateId;
    private @Nullable CandidateDetails details;
    private LiveSubscription live;

    final H2 title = new H2();
    final Div meta = new Div();
    final Paragraph body = new Paragraph();
    final Div proposer = new Div();
    final Select<CandidateStatus> status = new Select<>();
    final Button edit = new Button();
    final Div experimentLink = new Div();
    final Button makeExperiment = new Button();
    final Map<SuitabilityCheck, Checkbox> checks = new EnumMap<>(SuitabilityCheck.class);
    final Div decisions = new Div();
    final ScreeningSection screening;
    /** The open edit dialog: a live form that takes in co-planners' saves (decision note 0013). */
    @Nullable CandidateDialog editDialog;
    final AgencySection agency;
    final OutreachSection outreachSection;
    private final OutreachService outreach;
    private boolean filling;

    public TopicDetailView(TopicService topics, ScreeningService screeningService, SelectionService selection,
            OutreachService outreach, LiveUpdateBus bus, CurrentUser currentUser, java.time.Clock clock) {
        this.outreach = outreach;
        this.topics = topics;
        this.bus = bus;
        this.me = currentUser.require().id();
        addClassName("topic-detail-view");

        RouterLink back = new RouterLink(getTranslation("topic.backToPool"), TopicPoolView.class);
        title.setId("candidate-heading");
        meta.addClassName("topic-meta");
        body.addClassName("topic-body");
        proposer.setId("candidate-proposer");
        proposer.addClassName("topic-proposer");

        status.setLabel(getTranslation("topic.field.status"));
        status.setItems(CandidateStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setItemEnabledProvider(s -> !s.isDecision());
        status.setId("candidate-status");
        status.addValueChangeListener(e -> {
            if (!filling && e.isFromClient() && details != null && e.getValue() != null) {
                run(() -> topics.moveStatus(candidateId, details.version(), e.getValue()));
            }
        });
        edit.setText(getTranslation("topic.edit"));
        edit.setId("candidate-edit");
        edit.addClickListener(e -> {
            if (details != null) {
                editDialog = CandidateDialog.forEdit(topics, details, id -> reload());
                editDialog.open();
            }
        });
        experimentLink.setId("candidate-experiment");
        makeExperiment.setText(getTranslation("topic.make.button"));
        makeExperiment.setId("make-experiment");
        makeExperiment.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        makeExperiment.addClickListener(e -> {
            if (details != null) {
                new MakeExperimentDialog(selection, details, clock, id -> getUI().ifPresent(ui -> ui.navigate(
                        "experiments/" + id))).open();
            }
        });
        HorizontalLayout actions = new HorizontalLayout(status, edit, makeExperiment, experimentLink);
        actions.setAlignItems(FlexComponent.Alignment.END);
        actions.setWrap(true);

        Div proposal = section("topic.section.proposal", meta, body, proposer, actions);

        screening = new ScreeningSection(screeningService, me, this::reload);

        Div suitability = section("topic.section.suitability");
        for (SuitabilityCheck c : SuitabilityCheck.values()) {
            Checkbox box = new Checkbox(getTranslation(c.messageKey()));
            box.setId("check-" + c.name());
            box.addValueChangeListener(e -> {
                if (!filling && e.isFromClient() && details != null) {
                    run(() -> topics.setCheck(candidateId, details.version(), c, e.getValue()));
                }
            });
            checks.put(c, box);
            suitability.add(new Div(box));
        }

        agency = new AgencySection(screeningService, this::run);
        outreachSection = new OutreachSection(outreach, this::run);

        decisions.setId("decision-log");
        Div decided = section("topic.section.decisions", decisions);

        add(back, title, proposal, screening, suitability, agency, outreachSection, decided);
    }

    private Div section(String titleKey, com.vaadin.flow.component.Component... content) {
        Div d = new Div(new H3(getTranslation(titleKey)));
        d.add(content);
        d.addClassName("topic-section");
        return d;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!topics.canUse()) {
            Messages.showError(getTranslation("topic.error.denied"));
            event.forwardTo("");
            return;
        }
        var id = ExperimentPage.longParameter(event, PARAM);
        if (id.isEmpty()) {
            event.forwardTo(TopicPoolView.class);
            return;
        }
        candidateId = id.getAsLong();
        if (!Actions.run(this, this::reload)) {
            event.forwardTo(TopicPoolView.class);
        }
    }

    void reload() {
        details = topics.get(candidateId);
        fill(details);
        outreachSection.fill(outreach.outreach(candidateId));
    }

    private void fill(CandidateDetails d) {
        filling = true;
        try {
            CandidateDraft draft = d.draft();
            title.setText(draft.title());
            meta.removeAll();
            meta.add(StatusBadge.of(this, d.status()));
            Span source = new Span(draft.sourcePlatform()
                    + (draft.submittedOn() == null ? "" : " · " + Formats.date(draft.submittedOn(), getLocale())));
            meta.add(source);
            if (draft.sourceUrl() != null) {
                Anchor link = new Anchor(draft.sourceUrl(), getTranslation("topic.sourceLink"), AnchorTarget.BLANK);
                link.setId("candidate-source-link");
                link.getElement().setAttribute("rel", "noopener noreferrer");
                meta.add(link);
            }
            for (String t : draft.tags()) {
                Span chip = new Span(t);
                chip.addClassName("topic-tag");
                meta.add(chip);
            }
            body.setText(draft.body());
            proposer.removeAll();
            if (draft.proposerKnown()) {
                proposer.add(new Span(getTranslation("topic.proposer.known", nz(draft.proposerName()))));
                addContact("topic.field.proposerEmail", draft.proposerEmail());
                addContact("topic.field.proposerPhone", draft.proposerPhone());
                addContact("topic.field.proposerSns", draft.proposerSns());
            } else {
                Span flag = new Span(getTranslation("topic.proposer.unknownFlag"));
                flag.addClassName("topic-unknown-proposer");
                proposer.add(flag);
            }
            status.setValue(d.status());
            // The three decisions are greyed out here; say where they are made, or a team looks for them in vain.
            status.setHelperText(d.status().isOpen() ? getTranslation("topic.status.decidedInMeeting") : null);
            experimentLink.removeAll();
            makeExperiment.setVisible(d.status() == CandidateStatus.SELECTED && d.experimentId() == null);
            if (d.experimentId() != null) {
                experimentLink.add(new Anchor("experiments/" + d.experimentId(), getTranslation("topic.openExperiment")));
            }
            screening.fill(d);
            for (SuitabilityCheck c : SuitabilityCheck.values()) {
                checks.get(c).setValue(d.checks().contains(c));
            }
            agency.fill(d);
            decisions.removeAll();
            if (d.decisions().isEmpty()) {
                decisions.add(new Paragraph(getTranslation("topic.decision.none")));
                if (d.status().isOpen()) {
                    RouterLink toMeeting = new RouterLink(getTranslation("topic.decision.toMeeting"),
                            SelectionMeetingView.class);
                    toMeeting.setId("decision-to-meeting");
                    decisions.add(toMeeting);
                }
            }
            for (DecisionView v : d.decisions()) {
                Div line = new Div(StatusBadge.of(this, v.decision().status()),
                        new Span(" " + getTranslation("topic.decision.by", v.decidedByName(),
                                Formats.dateTime(v.decidedAt(), getLocale()))),
                        new Paragraph(v.reasons()));
                line.addClassName("topic-decision");
                decisions.add(line);
            }
        } finally {
            filling = false;
        }
    }

    private void addContact(String labelKey, @Nullable String value) {
        if (value != null) {
            proposer.add(new Div(new Span(getTranslation(labelKey) + ": " + value)));
        }
    }

    /** Runs a change; a refusal or conflict is explained and the page shows the latest state. */
    private boolean run(Runnable change) {
        boolean ok = Actions.on(this).conflictMessage("topic.conflict").afterConflict(this::reload).run(change);
        if (!ok) {
            reload();
        }
        return ok;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        live = LiveSubscription.of(this, bus, TopicLive.CHANNEL, Set.of(TopicLive.CANDIDATES, TopicLive.SCREENING,
                TopicLive.OUTREACH),
                batch -> {
                    if (batch.stream().anyMatch(u -> u.ids().contains(candidateId))) {
                        reloadWithDialog();
                    }
                },
                // Updates of this candidate may have been missed (the nodes' link was down, or too many came while
                // the push was gone and only one of each kind was kept): read it again.
                connected -> {
                    if (connected) {
                        reloadWithDialog();
                    }
                });
    }

    private void reloadWithDialog() {
        Actions.run(this, this::reload);
        if (editDialog != null) {
            editDialog.refresh();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (live != null) {
            live.close();
            live = null;
        }
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return (details == null ? "" : details.draft().title() + " · ") + getTranslation("topic.pool.title");
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
