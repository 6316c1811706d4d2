package kr.silheomjang.survey.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.QuestionView;
import kr.silheomjang.shared.StoredText;
import kr.silheomjang.survey.ObservationService;
import kr.silheomjang.survey.ObservationView;
import kr.silheomjang.survey.VerdictOutcome;
import kr.silheomjang.survey.VerdictView;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.ExperimentPage;
import kr.silheomjang.ui.ExperimentPageSupport;
import kr.silheomjang.survey.SurveyLive;
import kr.silheomjang.ui.ExperimentSection;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.Messages;
import kr.silheomjang.ui.Uploads;

/**
 * The run-day observation log (editors note, with an optional photo, against an experiment question) and, below it,
 * the verdict per question that the owner records afterwards. Both follow other members' changes live. A partner
 * guest whom the owner shows no notes gets one line instead of the log (the service gives them none).
 */
@Route("experiments/:experimentId/surveys/observations")
@PermitAll
@StyleSheet("css/survey.css")
public class ObservationsView extends ExperimentPage {

    private static final Long GENERAL = -1L;

    private final ObservationService observations;
    private final ExperimentAccess access;
    MemberRole role;
    /** Whether the caller reads the log (the service decides: see ObservationService.mayRead). */
    boolean logShown;
    List<QuestionView> experimentQuestions = List.of();
    final RouterLink back = new RouterLink();
    final Div form = new Div();
    final Select<Long> question = new Select<>();
    final TextArea note = new TextArea();
    final Upload photo;
    final Span photoState = new Span();
    final Button record = new Button();
    final Div log = new Div();
    final Div verdicts = new Div();
    /** Observation counts per question on the verdict cards, updated in place so an owner's typing is kept. */
    private final java.util.Map<Long, Span> counts = new java.util.HashMap<>();
    /** The owner's verdict inputs per question, to put back what they typed when the cards are drawn again. */
    private final java.util.Map<Long, RadioButtonGroup<VerdictOutcome>> outcomeFields = new java.util.HashMap<>();
    private final java.util.Map<Long, TextArea> evidenceFields = new java.util.HashMap<>();
    /** The stored verdict each owner's card was drawn with: a field that differs from it holds the owner's typing. */
    private final java.util.Map<Long, Drawn> drawn = new java.util.HashMap<>();
    /** The version each card's save is checked against: the one its typing began over (see renderVerdicts). */
    private final java.util.Map<Long, Long> saveVersions = new java.util.HashMap<>();
    private final Set<Long> theirsShown = new java.util.HashSet<>();
    private List<ObservationView> current = List.of();
    volatile byte[] photoBytes;
    volatile String photoType;

    public ObservationsView(ExperimentPageSupport support, ObservationService observations,
            ExperimentAccess access) {
        super(support, "survey.nav", "observations", SurveyLive.OBSERVATION, SurveyLive.VERDICT,
                WorkspaceLive.EXPERIMENT, WorkspaceLive.MEMBERS);
        this.observations = observations;
        this.access = access;
        back.setText(getTranslation("survey.back"));
        back.addClassName("back-link");
        question.setId("observation-question");
        question.setLabel(getTranslation("survey.obs.question"));
        question.setWidthFull();
        note.setId("observation-note");
        note.setLabel(getTranslation("survey.obs.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        // Read within 5 MB on the server, content checked as an image; the service checks again when recording.
        photo = Uploads.single(ObservationService.PHOTOS, "survey.obs.pick", "survey.obs.drop", file -> {
            photoBytes = file.bytes();
            photoType = file.contentType();
            photoState.setText(getTranslation("survey.obs.photoReady", file.fileName()));
        });
        photo.setId("observation-photo");
        photoState.addClassName("help-text");
        Span photoLabel = new Span(getTranslation("survey.obs.photo"));
        photoLabel.addClassName("survey-field-label");
        record.setId("record-observation");
        record.setText(getTranslation("survey.obs.add"));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> record());
        form.addClassNames("card", "survey-obs-form");
        form.add(question, note, photoLabel, photo, photoState, record);
        log.setId("observation-log");
        log.addClassName("survey-obs-log");
        verdicts.setId("verdicts");
        verdicts.addClassName("survey-verdicts");
        H2 heading = new H2(getTranslation("survey.obs.heading"));
        HorizontalLayout top = new HorizontalLayout(heading);
        top.setAlignItems(Alignment.CENTER);
        top.setWrap(true);
        Paragraph intro = new Paragraph(getTranslation("survey.obs.intro"));
        intro.addClassName("help-text");
        Paragraph verdictIntro = new Paragraph(getTranslation("survey.verdict.intro"));
        verdictIntro.addClassName("help-text");
        add(back, top, intro, form, log, new H2(getTranslation("survey.verdict.heading")), verdictIntro,
                verdicts);
    }

    @Override
    protected Class<?> sectionView() {
        return SurveysView.class;
    }

    @Override
    protected void load(long experimentId) {
        role = access.requireMember(experimentId());
        logShown = observations.mayRead(experimentId());
        back.setRoute(SurveysView.class, new RouteParameters(ExperimentSection.PARAM, String.valueOf(experimentId())));
        form.setVisible(role.canEdit());
        refreshAll();
    }

    @Override
    protected void onLive(Set<LiveUpdate> updates) {
        role = access.requireMember(experimentId());
        boolean wasShown = logShown;
        logShown = observations.mayRead(experimentId());
        form.setVisible(role.canEdit());
        // The owner's guest scope is part of the experiment: its change redraws the counts on the cards too.
        boolean verdictChanged = wasShown != logShown || LiveUpdate.any(updates, SurveyLive.VERDICT,
                WorkspaceLive.EXPERIMENT, WorkspaceLive.MEMBERS);
        renderLog();
        if (verdictChanged) {
            renderVerdicts();
        } else {
            counts.forEach((q, span) -> span.setText(getTranslation("survey.verdict.observations", countFor(q))));
        }
    }

    private long countFor(long questionId) {
        return current.stream().filter(o -> Long.valueOf(questionId).equals(o.questionId())).count();
    }

    void refreshAll() {
        renderLog();
        renderVerdicts();
    }

    private void renderLog() {
        experimentQuestions = observations.questions(experimentId());
        Long chosen = question.getValue();
        question.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(GENERAL),
                experimentQuestions.stream().map(QuestionView::id)).toList());
        question.setItemLabelGenerator(id -> GENERAL.equals(id) ? getTranslation("survey.obs.general")
                : experimentQuestions.stream().filter(q -> q.id() == id).map(QuestionView::text).findFirst()
                        .orElse(""));
        question.setValue(chosen != null && (GENERAL.equals(chosen)
                || experimentQuestions.stream().anyMatch(q -> q.id() == chosen)) ? chosen
                        : experimentQuestions.isEmpty() ? GENERAL : experimentQuestions.get(0).id());
        log.removeAll();
        if (!logShown) {
            current = List.of();
            Paragraph hidden = new Paragraph(getTranslation("survey.obs.hidden"));
            hidden.setId("observations-hidden");
            hidden.addClassName("help-text");
            log.add(hidden);
            return;
        }
        List<ObservationView> list = observations.list(experimentId());
        current = list;
        if (list.isEmpty()) {
            log.add(new Paragraph(getTranslation("survey.obs.empty")));
        }
        for (ObservationView o : list) {
            Span when = new Span(getTranslation("survey.obs.by", Formats.dateTime(o.observedAt(), getLocale()),
                    o.authorName()));
            when.addClassName("survey-obs-when");
            Div entry = new Div(when);
            if (o.questionText() != null) {
                Span q = new Span(o.questionText());
                q.addClassName("survey-obs-question");
                entry.add(q);
            }
            Paragraph text = new Paragraph(StoredText.show(o.note(), this::getTranslation));
            text.addClassName("survey-obs-note");
            entry.add(text);
            if (o.hasPhoto()) {
                long eid = experimentId();
                long oid = o.id();
                Image img = new Image(DownloadHandler.fromInputStream(e -> {
                    ObservationService.Photo p = observations.photo(eid, oid);
                    if (p == null) {
                        return DownloadResponse.error(404);
                    }
                    return new DownloadResponse(new ByteArrayInputStream(p.data()), "observation-" + oid,
                            p.type(), p.data().length);
                }), getTranslation("survey.obs.photoAlt"));
                img.addClassName("survey-obs-photo");
                entry.add(img);
            }
            entry.addClassName("survey-obs-entry");
            entry.getElement().setAttribute("data-observation", String.valueOf(o.id()));
            log.add(entry);
        }
    }

    /** A card's verdict: as stored when drawn, or as typed (then whether the one saved first is shown beside it). */
    private record Drawn(@Nullable VerdictOutcome outcome, String evidence, @Nullable Long version,
            boolean theirsShown) {
    }

    private void renderVerdicts() {
        renderVerdicts(false);
    }

    /**
     * Draws the verdict cards again. What an owner is typing in a card stays, and so does the version it was typed
     * over: a verdict saved meanwhile (another owner, another tab) is shown beside it and makes their save a conflict,
     * not an overwrite. Once that conflict was explained ({@code conflictSeen}), saving again goes over the newest one.
     */
    private void renderVerdicts(boolean conflictSeen) {
        java.util.Map<Long, Drawn> typing = new java.util.HashMap<>();
        outcomeFields.forEach((q, field) -> {
            Drawn was = drawn.get(q);
            String evidence = evidenceFields.get(q).getValue();
            if (was != null && (field.getValue() != was.outcome() || !evidence.equals(was.evidence()))) {
                typing.put(q, new Drawn(field.getValue(), evidence, saveVersions.get(q), theirsShown.contains(q)));
            }
        });
        verdicts.removeAll();
        counts.clear();
        outcomeFields.clear();
        evidenceFields.clear();
        drawn.clear();
        saveVersions.clear();
        theirsShown.clear();
        boolean owner = role == MemberRole.OWNER;
        for (VerdictView v : observations.verdicts(experimentId())) {
            Div card = verdictCard(v, owner, countFor(v.questionId()));
            verdicts.add(card);
            Drawn typed = typing.get(v.questionId());
            if (typed != null && outcomeFields.containsKey(v.questionId())) {
                keepTyping(card, v, typed, conflictSeen);
            }
        }
    }

    private void keepTyping(Div card, VerdictView v, Drawn typed, boolean conflictSeen) {
        RadioButtonGroup<VerdictOutcome> outcomeField = outcomeFields.get(v.questionId());
        boolean savedMeanwhile = !java.util.Objects.equals(typed.version(), v.version());
        if (savedMeanwhile || typed.theirsShown()) {
            String outcome = v.outcome() == null ? getTranslation("survey.verdict.none")
                    : getTranslation(v.outcome().messageKey());
            Paragraph theirs = new Paragraph(getTranslation("survey.verdict.theirs", outcome,
                    v.evidence() == null ? "" : v.evidence()));
            theirs.addClassNames("help-text", "survey-verdict-theirs");
            card.getElement().insertChild(card.getElement().indexOfChild(outcomeField.getElement()),
                    theirs.getElement());
            theirsShown.add(v.questionId()); // until the owner saves
            if (savedMeanwhile && !conflictSeen) {
                saveVersions.put(v.questionId(), typed.version());
            }
        }
        outcomeField.setValue(typed.outcome());
        evidenceFields.get(v.questionId()).setValue(typed.evidence());
    }

    private Div verdictCard(VerdictView v, boolean owner, long observationCount) {
        Div card = new Div();
        card.addClassNames("card", "survey-verdict");
        card.getElement().setAttribute("data-question", String.valueOf(v.questionId()));
        card.getElement().setAttribute("data-outcome", v.outcome() == null ? "" : v.outcome().name());
        card.add(new H3(v.questionText()));
        if (logShown) { // without the log, "0 observations" would not be true
            Span count = new Span(getTranslation("survey.verdict.observations", observationCount));
            count.addClassName("help-text");
            counts.put(v.questionId(), count);
            card.add(count);
        }
        if (!owner) {
            Span outcome = new Span(v.outcome() == null ? getTranslation("survey.verdict.none")
                    : getTranslation(v.outcome().messageKey()));
            outcome.addClassNames("survey-badge", "survey-verdict-outcome");
            card.add(new Div(outcome));
            if (v.evidence() != null) {
                card.add(new Paragraph(v.evidence()));
            }
        } else {
            RadioButtonGroup<VerdictOutcome> outcome = new RadioButtonGroup<>(getTranslation("survey.verdict.outcome"));
            outcome.setItems(VerdictOutcome.values());
            outcome.setItemLabelGenerator(o -> getTranslation(o.messageKey()));
            outcome.setValue(v.outcome());
            outcome.addClassName("survey-verdict-choice");
            TextArea evidence = new TextArea(getTranslation("survey.verdict.evidence"));
            evidence.setValue(v.evidence() == null ? "" : v.evidence());
            evidence.setMaxLength(4000);
            evidence.setWidthFull();
            evidence.addClassName("survey-verdict-evidence");
            Button save = new Button(getTranslation("survey.verdict.save"));
            save.addClassName("survey-verdict-save");
            save.addClickListener(e -> {
                boolean saved = Actions.on(this).conflictMessage("survey.conflict")
                        .afterConflict(() -> renderVerdicts(true))
                        .run(() -> observations.saveVerdict(experimentId(), v.questionId(),
                                saveVersions.get(v.questionId()), outcome.getValue(), evidence.getValue()));
                if (saved) {
                    Messages.showSuccess(getTranslation("survey.verdict.saved"));
                    outcomeFields.clear(); // saved: nothing typed is left to keep
                    renderVerdicts();
                }
            });
            outcomeFields.put(v.questionId(), outcome);
            evidenceFields.put(v.questionId(), evidence);
            drawn.put(v.questionId(), new Drawn(v.outcome(), v.evidence() == null ? "" : v.evidence(), v.version(),
                    false));
            saveVersions.put(v.questionId(), v.version());
            card.add(outcome, evidence, save);
        }
        if (v.updatedAt() != null) {
            Span by = new Span(getTranslation("survey.verdict.by", v.updatedByName(),
                    Formats.dateTime(v.updatedAt(), getLocale())));
            by.addClassName("help-text");
            card.add(by);
        }
        return card;
    }

    void record() {
        Long q = question.getValue();
        if (Actions.run(this, () -> observations.add(experimentId(), q == null || GENERAL.equals(q) ? null : q,
                note.getValue(), photoBytes, photoType))) {
            note.clear();
            photoBytes = null;
            photoType = null;
            photo.clearFileList();
            photoState.setText("");
            renderLog();
            counts.forEach((id, span) -> span.setText(getTranslation("survey.verdict.observations", countFor(id))));
        }
    }
}
