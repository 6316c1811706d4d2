package kr.silheomjang.topic.ui;

import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.topic.AgencyResponseDraft;
import kr.silheomjang.topic.AgencyResponseView;
import kr.silheomjang.topic.CandidateDetails;
import kr.silheomjang.topic.CandidateDraft;
import kr.silheomjang.topic.CandidateStatus;
import kr.silheomjang.topic.DecisionView;
import kr.silheomjang.topic.ScreeningEntryView;
import kr.silheomjang.topic.ScreeningQuestion;
import kr.silheomjang.topic.SuitabilityCheck;
import kr.silheomjang.topic.TopicLive;
import kr.silheomjang.topic.TopicService;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.ExperimentPage;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.LiveSubscription;
import kr.silheomjang.ui.Messages;
import kr.silheomjang.ui.Uploads;

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
    final Map<ScreeningQuestion, Div> others = new EnumMap<>(ScreeningQuestion.class);
    final Map<ScreeningQuestion, TextArea> myNotes = new EnumMap<>(ScreeningQuestion.class);
    final Map<ScreeningQuestion, Span> averages = new EnumMap<>(ScreeningQuestion.class);
    /** The note text each field was last filled with: a field whose value differs is the user's unsaved input. */
    private final Map<ScreeningQuestion, String> loadedNotes = new EnumMap<>(ScreeningQuestion.class);
    final Map<SuitabilityCheck, Checkbox> checks = new EnumMap<>(SuitabilityCheck.class);
    final Div agencyLog = new Div();
    final TextField agencyName = new TextField();
    final DatePicker askedOn = new DatePicker();
    final DatePicker answeredOn = new DatePicker();
    final TextArea agencySummary = new TextArea();
    final Button addAgency = new Button();
    final Div decisions = new Div();
    private Uploads.@Nullable Received agencyFile;
    private final Upload agencyUpload;
    private boolean filling;

    public TopicDetailView(TopicService topics, LiveUpdateBus bus, CurrentUser currentUser, java.time.Clock clock) {
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
                CandidateDialog.forEdit(topics, details, id -> reload()).open();
            }
        });
        experimentLink.setId("candidate-experiment");
        makeExperiment.setText(getTranslation("topic.make.button"));
        makeExperiment.setId("make-experiment");
        makeExperiment.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        makeExperiment.addClickListener(e -> {
            if (details != null) {
                new MakeExperimentDialog(topics, details, clock, id -> getUI().ifPresent(ui -> ui.navigate(
                        "experiments/" + id))).open();
            }
        });
        HorizontalLayout actions = new HorizontalLayout(status, edit, makeExperiment, experimentLink);
        actions.setAlignItems(FlexComponent.Alignment.END);
        actions.setWrap(true);

        Div proposal = section("topic.section.proposal", meta, body, proposer, actions);

        Div screening = section("topic.section.screening");
        for (ScreeningQuestion q : ScreeningQuestion.values()) {
            Span avg = new Span();
            avg.addClassName("topic-average");
            avg.setId("average-" + q.name());
            averages.put(q, avg);
            H3 h = new H3(getTranslation(q.messageKey()));
            Div list = new Div();
            list.addClassName("topic-notes");
            list.setId("notes-" + q.name());
            others.put(q, list);
            TextArea mine = new TextArea(getTranslation("topic.note.mine"));
            mine.setWidthFull();
            mine.setId("my-note-" + q.name());
            myNotes.put(q, mine);
            Button saveNote = new Button(getTranslation("topic.note.save"), e -> saveNote(q));
            saveNote.setId("save-note-" + q.name());
            saveNote.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Div block = new Div(new HorizontalLayout(h, avg), list, mine, saveNote);
            block.addClassName("topic-question");
            screening.add(block);
        }

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

        agencyLog.setId("agency-log");
        agencyName.setLabel(getTranslation("topic.agency.agency"));
        askedOn.setLabel(getTranslation("topic.agency.askedOn"));
        answeredOn.setLabel(getTranslation("topic.agency.answeredOn"));
        Formats.localize(askedOn, getLocale());
        Formats.localize(answeredOn, getLocale());
        agencySummary.setLabel(getTranslation("topic.agency.summary"));
        agencyUpload = Uploads.single(TopicService.ATTACHMENTS, "topic.agency.pick", "topic.agency.drop",
                file -> agencyFile = file);
        agencyUpload.addFileRemovedListener(e -> agencyFile = null);
        addAgency.setText(getTranslation("topic.agency.add"));
        addAgency.setId("agency-add");
        addAgency.addClickListener(e -> addAgency());
        FormLayout agencyForm = new FormLayout(agencyName, askedOn, answeredOn, agencySummary, agencyUpload,
                addAgency);
        agencyForm.setColspan(agencySummary, 2);
        Div agency = section("topic.section.agency", agencyLog, agencyForm);

        decisions.setId("decision-log");
        Div decided = section("topic.section.decisions", decisions);

        add(back, title, proposal, screening, suitability, agency, decided);
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
            experimentLink.removeAll();
            makeExperiment.setVisible(d.status() == CandidateStatus.SELECTED && d.experimentId() == null);
            if (d.experimentId() != null) {
                experimentLink.add(new Anchor("experiments/" + d.experimentId(), getTranslation("topic.openExperiment")));
            }
            for (ScreeningQuestion q : ScreeningQuestion.values()) {
                Double avg = d.averages().get(q);
                averages.get(q).setText(avg == null ? getTranslation("topic.average.none")
                        : getTranslation("topic.average", String.format(java.util.Locale.ROOT, "%.1f", avg),
                                d.screening(q).stream().filter(e -> e.score() != null).count()));
                Div list = others.get(q);
                list.removeAll();
                for (ScreeningEntryView e : d.screening(q)) {
                    if (e.userId() == me || e.note() == null && e.score() == null) {
                        continue;
                    }
                    Div line = new Div(new Span(e.userName()
                            + (e.score() == null ? "" : " · " + getTranslation("topic.score.short", e.score()))));
                    line.addClassName("topic-note");
                    if (e.note() != null) {
                        Paragraph p = new Paragraph(e.note());
                        line.add(p);
                    }
                    list.add(line);
                }
                ScreeningEntryView mine = d.entryOf(q, me);
                String saved = mine == null || mine.note() == null ? "" : mine.note();
                TextArea field = myNotes.get(q);
                // Someone's update must not overwrite what the user is typing: only untouched fields follow.
                if (field.getValue().equals(loadedNotes.getOrDefault(q, ""))) {
                    field.setValue(saved);
                }
                loadedNotes.put(q, saved);
                field.setHelperText(mine == null || mine.score() == null ? ""
                        : getTranslation("topic.score.mine", mine.score()));
            }
            for (SuitabilityCheck c : SuitabilityCheck.values()) {
                checks.get(c).setValue(d.checks().contains(c));
            }
            agencyLog.removeAll();
            if (d.agencyLog().isEmpty()) {
                agencyLog.add(new Paragraph(getTranslation("topic.agency.empty")));
            }
            for (AgencyResponseView a : d.agencyLog()) {
                agencyLog.add(agencyLine(a));
            }
            decisions.removeAll();
            if (d.decisions().isEmpty()) {
                decisions.add(new Paragraph(getTranslation("topic.decision.none")));
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

    private Div agencyLine(AgencyResponseView a) {
        Div line = new Div();
        line.addClassName("topic-agency");
        line.add(new Span(a.agency() + " · " + getTranslation("topic.agency.asked",
                Formats.date(a.askedOn(), getLocale())) + " · " + (a.answeredOn() == null
                        ? getTranslation("topic.agency.waiting")
                        : getTranslation("topic.agency.answered", Formats.date(a.answeredOn(), getLocale())))));
        if (a.summary() != null) {
            line.add(new Paragraph(a.summary()));
        }
        if (a.attachmentName() != null) {
            Anchor file = new Anchor(DownloadHandler.fromInputStream(event -> {
                TopicService.Attachment att = topics.attachment(a.id());
                return new DownloadResponse(new ByteArrayInputStream(att.bytes()), att.name(), att.contentType(),
                        att.bytes().length);
            }), a.attachmentName());
            file.getElement().setAttribute("download", true);
            line.add(new Div(file));
        }
        return line;
    }

    private void saveNote(ScreeningQuestion q) {
        if (details == null) {
            return;
        }
        ScreeningEntryView mine = details.entryOf(q, me);
        long version = mine == null ? -1 : mine.version();
        String text = myNotes.get(q).getValue();
        if (Actions.on(this).conflictMessage("topic.conflict").afterConflict(this::reload)
                .run(() -> topics.saveNote(candidateId, q, version, text))) {
            loadedNotes.put(q, text.strip());
            myNotes.get(q).setValue(text.strip());
            reload();
            Messages.showSuccess(getTranslation("topic.note.saved"));
        }
    }

    private void addAgency() {
        AgencyResponseDraft d = new AgencyResponseDraft(agencyName.getValue(), askedOn.getValue(),
                answeredOn.getValue(), agencySummary.getValue());
        Uploads.Received file = agencyFile;
        if (run(() -> topics.addAgencyResponse(candidateId, d, file == null ? null : file.fileName(),
                file == null ? null : file.contentType(), file == null ? null : file.bytes()))) {
            agencyName.clear();
            askedOn.clear();
            answeredOn.clear();
            agencySummary.clear();
            agencyUpload.clearFileList();
            agencyFile = null;
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
        live = LiveSubscription.of(this, bus, TopicLive.CHANNEL, Set.of(TopicLive.CANDIDATES, TopicLive.SCREENING),
                batch -> {
                    if (batch.stream().anyMatch(u -> u.ids().contains(candidateId))) {
                        Actions.run(this, this::reload);
                    }
                });
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
