package kr.silheomjang.experiment.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.experiment.ActivityView;
import kr.silheomjang.experiment.ExperimentDetails;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.QuestionView;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.experiment.StageCheckSource;
import kr.silheomjang.experiment.StageChecklist;
import kr.silheomjang.experiment.StageGuideLive;
import kr.silheomjang.experiment.StageGuideService;
import kr.silheomjang.shared.PublicBaseUrl;
import kr.silheomjang.shared.OverviewSummary;
import kr.silheomjang.ui.ExperimentSection;
import kr.silheomjang.collab.LiveKind;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.ui.ExperimentPage;
import kr.silheomjang.ui.ExperimentPageSupport;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.shared.StoredText;

/**
 * One experiment at a glance: stage tracker, D-day, questions, members and the activity feed, all live. Everything is
 * re-read through the service on each update, so access is re-checked too.
 */
@Route("experiments/:experimentId")
@PermitAll
@com.vaadin.flow.component.dependency.StyleSheet("css/guide.css")
public class ExperimentOverviewView extends ExperimentPage {

    static final String PARAM = ExperimentSection.PARAM;

    private final ExperimentService experiments;
    private final InvitationService invitations;
    private final PublicBaseUrl baseUrl;
    private final Clock clock;
    private final StageGuideService guide;
    /** The stage guide: flags, this stage's checklist, next steps, advice; earlier stages folded. */
    final StageGuidePanel guidePanel;
    StageChecklist checklist;
    /** Read-only blocks other features contribute (e.g. verdicts), through {@link OverviewSummary}. */
    final OverviewSummaryBlocks summarySlot;

    ExperimentDetails details;
    /** The edit dialog, while open: it follows live changes through its live form. */
    ExperimentFormDialog editDialog;
    /** The last stage-move confirmation opened (for tests). */
    StageMoveDialog stageMoveDialog;

    final Button edit = new Button();
    final Button archive = new Button();
    final FlexLayout stageTracker = new FlexLayout();
    final Button previousStage = new Button();
    final Button nextStage = new Button();
    final Div info = new Div();
    final OrderedList questions = new OrderedList();
    final MemberList memberList;
    final Button invite = new Button();
    final Grid<ActivityView> activity = new Grid<>();

    public ExperimentOverviewView(ExperimentPageSupport support, ExperimentService experiments,
            InvitationService invitations, Clock clock, java.util.List<OverviewSummary> summaries,
            PublicBaseUrl baseUrl, StageGuideService guide, java.util.List<StageCheckSource> checkSources) {
        super(support, "nav.overview", "overview", kinds(summaries, checkSources));
        this.guide = guide;
        this.guidePanel = new StageGuidePanel(
                item -> new NotApplicableDialog(guide, experimentId(), item, this::reload).open(),
                (item, version) -> run(() -> guide.unmarkNotApplicable(experimentId(), item.key(), version)));
        this.baseUrl = baseUrl;
        this.experiments = experiments;
        this.invitations = invitations;
        this.clock = clock;
        this.summarySlot = new OverviewSummaryBlocks(summaries);
        addClassName("experiment-overview");

        edit.setText(getTranslation("overview.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.setId("edit-experiment");
        edit.addClickListener(e -> {
            editDialog = ExperimentFormDialog.forEdit(experiments, details, id -> reload(),
                    formPresence("experiment"), LocalDate.now(clock));
            editDialog.open();
        });
        archive.setId("archive-experiment");
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        archive.addClickListener(e -> run(() -> experiments.setArchived(experimentId(), details.version(),
                !details.archived())));

        HorizontalLayout actions = new HorizontalLayout(edit, archive);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);

        stageTracker.setId("stage-tracker");
        stageTracker.addClassName("stage-tracker");
        stageTracker.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        previousStage.setId("previous-stage");
        previousStage.setIcon(VaadinIcon.ARROW_LEFT.create());
        previousStage.addClickListener(e -> run(() -> experiments.moveStage(experimentId(), details.version(),
                details.stage().previous())));
        nextStage.setId("next-stage");
        nextStage.setIcon(VaadinIcon.ARROW_RIGHT.create());
        nextStage.setIconAfterText(true);
        nextStage.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        nextStage.addClickListener(e -> moveForward());
        HorizontalLayout stageButtons = new HorizontalLayout(previousStage, nextStage);
        stageButtons.setWrap(true);

        info.setId("experiment-info");
        info.addClassNames("info-card", "card");
        questions.setId("questions");
        questions.addClassName("question-list");
        memberList = new MemberList(
                (member, role) -> run("overview.role.conflict",
                        () -> experiments.changeRole(experimentId(), member.memberId(), member.version(), role)),
                memberId -> run(() -> experiments.removeMember(experimentId(), memberId)));
        invite.setText(getTranslation("overview.invite"));
        invite.setIcon(VaadinIcon.USER_CARD.create());
        invite.setId("invite-member");
        invite.addClickListener(e -> new InviteDialog(invitations, experimentId(), baseUrl).open());

        activity.setId("activity-feed");
        activity.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        activity.addColumn(a -> Formats.dateTime(a.at(), getLocale())).setHeader(getTranslation("activity.when"))
                .setAutoWidth(true).setFlexGrow(0);
        activity.addColumn(a -> ActivityTexts.describe(this, a)).setHeader(getTranslation("activity.what"))
                .setFlexGrow(1);
        activity.setEmptyStateText(getTranslation("activity.empty"));
        activity.setHeight("22rem");

        Div questionsCard = card(new H3(getTranslation("experiment.field.questions")), questions);
        Div membersCard = card(new H3(getTranslation("overview.members")), memberList, invite);
        Div activityCard = card(new H3(getTranslation("overview.activity")), activity);
        Div stageCard = card(new H3(getTranslation("experiment.stage")), stageTracker, stageButtons);

        FlexLayout columns = new FlexLayout(questionsCard, membersCard);
        columns.addClassName("overview-columns");
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        add(actions, stageCard, guidePanel, info, columns, summarySlot, activityCard);
    }

    /** The overview's own kinds plus whatever the contributed summary blocks show. */
    private static LiveKind[] kinds(java.util.List<OverviewSummary> summaries,
            java.util.List<StageCheckSource> checkSources) {
        java.util.Set<LiveKind> kinds = new java.util.LinkedHashSet<>(java.util.List.of(WorkspaceLive.EXPERIMENT,
                WorkspaceLive.MEMBERS, WorkspaceLive.ACTIVITY, StageGuideLive.WAIVERS));
        summaries.forEach(s -> kinds.addAll(s.liveKinds()));
        checkSources.forEach(s -> kinds.addAll(s.liveKinds()));
        return kinds.toArray(LiveKind[]::new);
    }

    static Div card(com.vaadin.flow.component.Component... children) {
        Div card = new Div(children);
        card.addClassName("card");
        return card;
    }

    /** A link may name a member ({@code ?member=<account id>}, a new member's notification): marked in the team. */
    @Override
    protected void readRoute(com.vaadin.flow.router.BeforeEnterEvent event) {
        kr.silheomjang.ui.DeepLink.requested(event, "member").ifPresent(id -> {
            memberList.linked = id;
            kr.silheomjang.ui.DeepLink.showItemWhenShown(this, ".member-row", id);
        });
    }

    /** Opening, a reload or another experiment in the same view: everything is drawn and bound afresh. */
    @Override
    protected void load(long experimentId) {
        details = null;
        checklist = null;
        show(experimentId, true);
    }

    /** A live change: the feed is fetched again only when it got a line; the rest only where it changed. */
    @Override
    protected void onLive(java.util.Set<kr.silheomjang.collab.LiveUpdate> updates) {
        show(experimentId(), kr.silheomjang.collab.LiveUpdate.any(updates, WorkspaceLive.ACTIVITY));
    }

    /**
     * Reads the overview and changes only the parts whose data changed (the reads are shared by every open overview,
     * issue #21): an unchanged part keeps its elements, so a co-planner's change does not redraw the whole page.
     */
    private void show(long experimentId, boolean activityChanged) {
        boolean first = details == null;
        ExperimentDetails nextDetails = experiments.get(experimentId);
        StageChecklist nextChecklist = guide.checklist(experimentId);
        boolean detailsChanged = !nextDetails.equals(details);
        boolean checklistChanged = detailsChanged || !nextChecklist.equals(checklist);
        details = nextDetails;
        checklist = nextChecklist;
        if (detailsChanged) {
            render();
        }
        if (checklistChanged) {
            guidePanel.show(checklist, details.myRole() == MemberRole.OWNER);
        }
        summarySlot.show(experimentId);
        if (editDialog != null) {
            editDialog.refresh(); // a live form: never over what the user is typing
        }
        if (first) {
            activity.setItems(
                    q -> whileMember(() -> experiments.activity(experimentId, q.getPage(), q.getPageSize()).stream(),
                            Stream.<ActivityView>empty()),
                    q -> whileMember(() -> experiments.countActivity(experimentId), 0));
        } else if (activityChanged) {
            activity.getDataProvider().refreshAll();
        }
    }

    /** A lazy fetch that finds access gone (removed a moment ago) shows nothing and leaves after this response. */
    private <T> T whileMember(Supplier<T> fetch, T nothing) {
        try {
            return fetch.get();
        } catch (AccessDeniedException e) {
            getUI().ifPresent(ui -> ui.access(this::leave));
            return nothing;
        }
    }

    private void render() {
        ExperimentDetails d = details;
        boolean editor = d.myRole().canEdit();
        boolean owner = d.myRole() == MemberRole.OWNER;
        edit.setVisible(editor);
        archive.setVisible(owner);
        archive.setText(getTranslation(d.archived() ? "overview.restore" : "overview.archive"));
        invite.setVisible(owner);

        stageTracker.removeAll();
        for (Stage s : Stage.values()) {
            Span step = new Span((s.ordinal() + 1) + ". " + getTranslation(s.messageKey()));
            step.addClassName("stage-step");
            step.addClassName(s == d.stage() ? "current" : s.ordinal() < d.stage().ordinal() ? "done" : "upcoming");
            if (s == d.stage()) {
                step.getElement().setAttribute("aria-current", "step");
            }
            step.getElement().setAttribute("data-stage", s.name());
            stageTracker.add(step);
        }
        previousStage.setVisible(editor && d.stage().hasPrevious());
        nextStage.setVisible(editor && d.stage().hasNext());
        if (d.stage().hasPrevious()) {
            previousStage.setText(getTranslation("overview.backTo", getTranslation(d.stage().previous().messageKey())));
        }
        if (d.stage().hasNext()) {
            nextStage.setText(getTranslation("overview.moveTo", getTranslation(d.stage().next().messageKey())));
        }

        info.removeAll();
        info.add(row("experiment.field.proposalText", new Span(d.proposalText())));
        if (d.proposerName() != null) {
            info.add(row("experiment.field.proposerName", new Span(d.proposerName())));
        }
        if (d.proposalUrl() != null) {
            Anchor link = new Anchor(d.proposalUrl(), d.proposalUrl(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            info.add(row("experiment.field.proposalUrl", link));
        }
        if (d.purpose() != null) {
            info.add(row("experiment.field.purpose", new Span(d.purpose())));
        }
        info.add(row("experiment.field.planningStart", new Span(Formats.date(d.planningStart(), getLocale()))));
        Span eventDay = new Span(Formats.date(d.eventDate(), getLocale()));
        eventDay.setId("event-date");
        info.add(row("experiment.field.eventDate", eventDay));
        info.add(row("experiment.field.followUpEnd", new Span(Formats.date(d.followUpEnd(), getLocale()))));
        Paragraph updated = new Paragraph(getTranslation("overview.lastUpdated", StoredText.show(d.updatedByName(), this::getTranslation),
                Formats.dateTime(d.updatedAt(), getLocale())));
        updated.addClassName("help-text");
        updated.setId("last-updated");
        info.add(updated);

        questions.removeAll();
        for (QuestionView q : d.questions()) {
            questions.add(new ListItem(q.text()));
        }

        memberList.show(d.members(), owner);
    }

    /**
     * Moving on is a decision: with items still open (or into 진행 before the event day) a dialog shows them and asks
     * for a reason; otherwise the move happens at once.
     */
    private void moveForward() {
        Stage target = details.stage().next();
        StageChecklist now = guide.checklist(experimentId());
        java.util.List<kr.silheomjang.experiment.StageCheckItem> open = now.items().stream()
                .filter(i -> i.open() && i.stage().ordinal() >= details.stage().ordinal()
                        && i.stage().ordinal() < target.ordinal())
                .toList();
        LocalDate today = LocalDate.now(clock);
        if (open.isEmpty() && !(target == Stage.RUN_DAY && today.isBefore(now.eventDate()))) {
            run(() -> experiments.moveStage(experimentId(), details.version(), target));
            return;
        }
        stageMoveDialog = new StageMoveDialog(experiments, now, details.version(), target, open, today, this::reload);
        stageMoveDialog.open();
    }

    private Div row(String labelKey, com.vaadin.flow.component.Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("info-label");
        Div row = new Div(label, value);
        row.addClassName("info-row");
        return row;
    }

}
