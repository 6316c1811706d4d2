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
import com.vaadin.flow.data.value.ValueChangeMode;
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
    /**
     * The verdict cards per question, kept across live updates: a card is updated in place, and the owner's inputs in
     * it are never replaced while they are in them or have typed there (see {@link VerdictCard}).
     */
    final java.util.Map<Long, VerdictCard> cards = new java.util.LinkedHashMap<>();
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
            showCounts();
        }
    }

    private void showCounts() {
        cards.forEach((q, card) -> card.showCount(countFor(q)));
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
                    StoredText.show(o.authorName(), this::getTranslation)));
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

    /**
     * Shows the verdicts as stored now. Cards stay the same components: untouched ones take the stored verdict, one the
     * owner is in or typed in keeps their input (a verdict saved meanwhile is shown beside it and makes their save a
     * conflict, not an overwrite).
     */
    private void renderVerdicts() {
        boolean owner = role == MemberRole.OWNER;
        List<VerdictView> list = observations.verdicts(experimentId());
        java.util.Set<Long> ids = new java.util.HashSet<>();
        list.forEach(v -> ids.add(v.questionId()));
        cards.entrySet().removeIf(e -> {
            if (!ids.contains(e.getKey()) || e.getValue().owner != owner) {
                verdicts.remove(e.getValue());
                return true;
            }
            return false;
        });
        int at = 0;
        for (VerdictView v : list) {
            VerdictCard card = cards.get(v.questionId());
            if (card == null) {
                card = new VerdictCard(v, owner);
                cards.put(v.questionId(), card);
            } else {
                card.show(v);
            }
            card.showCount(countFor(v.questionId()));
            // Only new or reordered cards move: a card kept in place keeps the owner's focus and unsent typing.
            if (at >= verdicts.getComponentCount() || verdicts.getComponentAt(at) != card) {
                verdicts.addComponentAtIndex(at, card);
            }
            at++;
        }
    }

    /**
     * One question's verdict. For the owner it holds the inputs: they sync while typed (so the server knows of typing
     * not yet left) and the card counts as busy while the evidence has the focus or either input differs from the
     * verdict it was filled with. A busy card keeps the input and the version it was filled from; a newer verdict is
     * shown beside it, and their save over it is refused naming who saved first. Once told, the next save goes over
     * the newest one.
     */
    final class VerdictCard extends Div {
        final boolean owner;
        final long questionId;
        private final H3 title = new H3();
        private final Span count = new Span();
        private final Span by = new Span();
        private final Span outcomeShown = new Span();
        private final Paragraph evidenceShown = new Paragraph();
        final Paragraph theirs = new Paragraph();
        final RadioButtonGroup<VerdictOutcome> outcome = new RadioButtonGroup<>();
        final TextArea evidence = new TextArea();
        final Button save = new Button();
        /** The stored verdict the inputs were filled with, and the newest one heard of. */
        private VerdictView filled;
        private VerdictView latest;
        /** The version a save is checked against: the one filled, or the newest once a conflict was explained. */
        private @Nullable Long saveOver;
        private boolean inEvidence;
        /** Saved by this owner: the next read fills the inputs with what is stored, whatever they hold. */
        private boolean refill;

        VerdictCard(VerdictView v, boolean owner) {
            this.owner = owner;
            this.questionId = v.questionId();
            addClassNames("card", "survey-verdict");
            getElement().setAttribute("data-question", String.valueOf(questionId));
            count.addClassName("help-text");
            by.addClassName("help-text");
            add(title, count);
            if (!owner) {
                outcomeShown.addClassNames("survey-badge", "survey-verdict-outcome");
                add(new Div(outcomeShown), evidenceShown);
            } else {
                theirs.addClassNames("help-text", "survey-verdict-theirs");
                theirs.setVisible(false);
                outcome.setLabel(getTranslation("survey.verdict.outcome"));
                outcome.setItems(VerdictOutcome.values());
                outcome.setItemLabelGenerator(o -> getTranslation(o.messageKey()));
                outcome.addClassName("survey-verdict-choice");
                evidence.setLabel(getTranslation("survey.verdict.evidence"));
                evidence.setMaxLength(4000);
                evidence.setWidthFull();
                evidence.addClassName("survey-verdict-evidence");
                // Synced while typed, at LiveForm's pace: the server knows of typing before the field is left.
                evidence.setValueChangeMode(ValueChangeMode.TIMEOUT);
                evidence.setValueChangeTimeout(300);
                evidence.addFocusListener(e -> inEvidence = true);
                evidence.addBlurListener(e -> {
                    inEvidence = false;
                    // Only looked in, typed nothing: the verdict saved meanwhile simply arrives.
                    if (!edited() && latest != filled) {
                        fill(latest);
                    }
                });
                save.setText(getTranslation("survey.verdict.save"));
                save.addClassName("survey-verdict-save");
                save.addClickListener(e -> save());
                add(theirs, outcome, evidence, save);
            }
            add(by);
            latest = v;
            fill(v);
        }

        /** The stored verdict, as read now. */
        void show(VerdictView v) {
            latest = v;
            if (!owner || refill || !busy()) {
                fill(v);
                return;
            }
            showHeading(v);
            boolean savedMeanwhile = !java.util.Objects.equals(v.version(), filled.version());
            if (savedMeanwhile) {
                String shown = v.outcome() == null ? getTranslation("survey.verdict.none")
                        : getTranslation(v.outcome().messageKey());
                theirs.setText(getTranslation("survey.verdict.theirs", shown,
                        v.evidence() == null ? "" : v.evidence()));
            }
            theirs.setVisible(savedMeanwhile);
        }

        void showCount(long observations) {
            count.setText(getTranslation("survey.verdict.observations", observations));
            count.setVisible(logShown); // without the log, "0 observations" would not be true
        }

        /** True while the owner is in the evidence or changed an input since it was filled. */
        boolean busy() {
            return inEvidence || edited();
        }

        private boolean edited() {
            return outcome.getValue() != filled.outcome() || !evidence.getValue().equals(evidenceOf(filled));
        }

        private void fill(VerdictView v) {
            filled = v;
            latest = v;
            saveOver = v.version();
            refill = false;
            showHeading(v);
            if (owner) {
                outcome.setValue(v.outcome());
                evidence.setValue(evidenceOf(v));
                theirs.setVisible(false);
            } else {
                outcomeShown.setText(v.outcome() == null ? getTranslation("survey.verdict.none")
                        : getTranslation(v.outcome().messageKey()));
                evidenceShown.setText(evidenceOf(v));
                evidenceShown.setVisible(v.evidence() != null);
            }
        }

        private void showHeading(VerdictView v) {
            title.setText(v.questionText());
            getElement().setAttribute("data-outcome", v.outcome() == null ? "" : v.outcome().name());
            by.setVisible(v.updatedAt() != null);
            by.setText(v.updatedAt() == null ? "" : getTranslation("survey.verdict.by", StoredText.show(v.updatedByName(), this::getTranslation),
                    Formats.dateTime(v.updatedAt(), getLocale())));
        }

        private void save() {
            boolean saved = Actions.on(ObservationsView.this).conflictMessage("survey.conflict")
                    .afterConflict(this::told)
                    .run(() -> observations.saveVerdict(experimentId(), questionId, saveOver, outcome.getValue(),
                            evidence.getValue()));
            if (saved) {
                Messages.showSuccess(getTranslation("survey.verdict.saved"));
                // Saved: what is stored now is the owner's own verdict, shown as such.
                refill = true;
                renderVerdicts();
            }
        }

        /** The conflict was explained: the newest verdict is shown beside the input, the next save goes over it. */
        private void told() {
            renderVerdicts();
            saveOver = latest.version();
        }
    }

    private static String evidenceOf(VerdictView v) {
        return v.evidence() == null ? "" : v.evidence();
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
            showCounts();
        }
    }
}
