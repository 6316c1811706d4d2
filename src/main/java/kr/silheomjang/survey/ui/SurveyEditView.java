package kr.silheomjang.survey.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.ui.ComponentTexts;
import kr.silheomjang.Application;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.survey.SurveyDetails;
import kr.silheomjang.survey.SurveyDraft;
import kr.silheomjang.survey.SurveyQuestion;
import kr.silheomjang.survey.SurveyService;
import kr.silheomjang.ui.ExperimentSection;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.ExperimentPage;
import kr.silheomjang.ui.ExperimentPageSupport;
import kr.silheomjang.survey.SurveyLive;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.LiveForm;
import kr.silheomjang.ui.Messages;
import kr.silheomjang.shared.StoredText;

/**
 * The survey builder: title, answering period, questions of six types with required flag, reordering and a preview
 * that renders the very form respondents get. The whole form is saved at once. It is a {@link LiveForm}: what others
 * save arrives in the parts this person has not touched (title, each date, the questions as a whole); a touched part
 * keeps their input, is marked with who changed it, and the save waits for their choice.
 */
@Route("experiments/:experimentId/surveys/:surveyId/edit")
@PermitAll
@StyleSheet("css/survey.css")
public class SurveyEditView extends ExperimentPage {

    static final String SURVEY = "surveyId";

    private final SurveyService surveys;
    private final ExperimentAccess access;
    long surveyId;
    SurveyDetails details;
    final RouterLink back = new RouterLink();
    final TextField title = new TextField();
    final DateTimePicker opensAt = ComponentTexts.localize(new DateTimePicker());
    final DateTimePicker closesAt = ComponentTexts.localize(new DateTimePicker());
    final QuestionsEditor questionList = new QuestionsEditor();
    final LiveForm<SurveyDetails> form;
    final List<QuestionsEditor.QuestionEditor> editors = questionList.editors;
    final Button add = new Button();
    final Button preview = new Button();
    final Button save = new Button();
    final Button delete = new Button();
    /** Whether this opening showed the survey: only then does a survey found missing mean it was deleted meanwhile. */
    private boolean shown;
    final Div conflictBox = new Div();
    final Paragraph lastSaved = new Paragraph();
    final Paragraph readOnly = new Paragraph();

    public SurveyEditView(ExperimentPageSupport support, SurveyService surveys, ExperimentAccess access) {
        super(support, "survey.nav", "survey", WorkspaceLive.MEMBERS, SurveyLive.SURVEY);
        this.surveys = surveys;
        this.access = access;
        back.setText(getTranslation("survey.back"));
        back.addClassName("back-link");
        title.setId("survey-title-field");
        title.setLabel(getTranslation("survey.builder.title"));
        title.setMaxLength(200);
        title.setWidthFull();
        opensAt.setId("survey-opens");
        opensAt.setLabel(getTranslation("survey.builder.opensAt"));
        opensAt.setHelperText(getTranslation("survey.builder.periodHelp"));
        closesAt.setId("survey-closes");
        closesAt.setLabel(getTranslation("survey.builder.closesAt"));
        HorizontalLayout period = new HorizontalLayout(opensAt, closesAt);
        period.setWrap(true);
        period.addClassName("survey-period");
        questionList.setLabel(getTranslation("survey.builder.questions"));
        add.setId("add-question");
        add.setText(getTranslation("survey.builder.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e -> questionList.addBlank());
        preview.setId("preview-survey");
        preview.setText(getTranslation("survey.builder.preview"));
        preview.setIcon(VaadinIcon.EYE.create());
        preview.addClickListener(e -> openPreview());
        save.setId("save-survey");
        save.setText(getTranslation("survey.builder.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        delete.setId("delete-survey");
        delete.setText(getTranslation("survey.delete"));
        delete.setIcon(VaadinIcon.TRASH.create());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> askDelete());
        HorizontalLayout buttons = new HorizontalLayout(add, preview, save, delete);
        buttons.setWrap(true);
        buttons.addClassName("survey-builder-buttons");
        conflictBox.setId("survey-conflict");
        conflictBox.addClassName("survey-conflict");
        conflictBox.setVisible(false);
        lastSaved.addClassName("help-text");
        readOnly.setText(getTranslation("survey.builder.readOnly"));
        readOnly.addClassName("help-text");
        H2 heading = new H2(getTranslation("survey.builder.heading"));
        HorizontalLayout top = new HorizontalLayout(heading);
        top.setAlignItems(Alignment.CENTER);
        top.setWrap(true);
        add(back, top, readOnly, conflictBox, title, period, questionList, buttons, lastSaved);
        form = LiveForm.<SurveyDetails>of(this)
                .bind("title", title, SurveyDetails::title)
                .bind("opensAt", opensAt, d -> toLocal(d.opensAt()), this::dateTime)
                .bind("closesAt", closesAt, d -> toLocal(d.closesAt()), this::dateTime)
                .bind("questions", questionList, SurveyDetails::questions, this::questionsText)
                .whenDecided(() -> conflictBox.setVisible(false));
    }

    private String dateTime(LocalDateTime t) {
        return t == null ? "" : Formats.dateTime(t.atZone(Application.ZONE).toInstant(), getLocale());
    }

    private String questionsText(List<SurveyQuestion> questions) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            lines.add((i + 1) + ". " + questions.get(i).text());
        }
        return String.join(" / ", lines);
    }

    @Override
    protected Class<?> sectionView() {
        return SurveysView.class;
    }

    @Override
    protected void readRoute(BeforeEnterEvent event) {
        surveyId = ExperimentPage.longParameter(event, SURVEY).orElse(-1L);
        shown = false;
        presenceAt("survey:" + surveyId);
        form.presence(formPresence("survey:" + surveyId));
    }

    @Override
    protected void load(long experimentId) {
        boolean editor = access.requireMember(experimentId()).canEdit();
        SurveyDetails latest = latestOrGone();
        if (latest == null) {
            return;
        }
        back.setRoute(SurveysView.class, new RouteParameters(ExperimentSection.PARAM, String.valueOf(experimentId())));
        readOnly.setVisible(!editor);
        add.setVisible(editor);
        save.setVisible(editor);
        delete.setVisible(editor);
        // A guest reads the whole survey: nothing on it can be changed, not even on screen (nothing would be saved).
        title.setReadOnly(!editor);
        opensAt.setReadOnly(!editor);
        closesAt.setReadOnly(!editor);
        questionList.setReadOnly(!editor);
        if (details != null && details.id() == latest.id()) {
            // Read again (e.g. the live connection came back): the same survey, so never over what is typed.
            form.refresh(latest, latest.updatedByName(), latest.updatedAt());
            showLastSaved(latest);
        } else {
            fill(latest);
        }
        details = latest;
        shown = true;
    }

    /**
     * The survey as saved now; null once it was deleted while open here (then the person is told and sent to the list,
     * instead of the page leaving as if they had lost access). On opening, a missing survey is the base page's to say.
     */
    private @org.jspecify.annotations.Nullable SurveyDetails latestOrGone() {
        return SurveysView.orGone(this, experimentId(), shown, saysLive(SurveyLive.SURVEY, surveyId),
                () -> surveys.get(experimentId(), surveyId));
    }

    /** Someone else saved: it reaches this editor through the live form, never over what this person touched. */
    @Override
    protected void onLive(Set<LiveUpdate> updates) {
        access.requireMember(experimentId());
        if (LiveUpdate.any(updates, SurveyLive.SURVEY)) {
            SurveyDetails latest = latestOrGone();
            if (latest == null) {
                return;
            }
            if (latest.version() != form.latest().version()) {
                details = latest;
                form.refresh(latest, latest.updatedByName(), latest.updatedAt());
                showLastSaved(latest);
            }
        }
    }

    private void fill(SurveyDetails d) {
        form.load(d);
        showLastSaved(d);
        conflictBox.setVisible(false);
    }

    private void showLastSaved(SurveyDetails d) {
        lastSaved.setText(getTranslation("survey.builder.lastSaved", StoredText.show(d.updatedByName(), this::getTranslation),
                Formats.dateTime(d.updatedAt(), getLocale())));
    }

    SurveyDraft draft() {
        return new SurveyDraft(title.getValue(), toInstant(opensAt.getValue()), toInstant(closesAt.getValue()),
                editors.stream().map(QuestionsEditor.QuestionEditor::value).toList());
    }

    void save() {
        if (form.refusesSave(this::showConflict)) {
            return;
        }
        // A conflict is not a passing notification here: a lasting box offers to load the other version.
        if (Actions.on(this).showConflictWith(this::showConflict).afterConflict(() -> {
            details = surveys.get(experimentId(), surveyId);
            form.refresh(details, details.updatedByName(), details.updatedAt());
            showConflict(StoredText.show(details.updatedByName(), this::getTranslation), Formats.dateTime(details.updatedAt(), getLocale()));
        }).run(() -> surveys.save(experimentId(), surveyId, form.latest().version(), draft()))) {
            details = surveys.get(experimentId(), surveyId);
            fill(details);
            Messages.showSuccess(getTranslation("survey.builder.saved"));
        }
    }

    /** Asks first, saying what goes: the form as this person last saw it, and its responses as counted now. */
    void askDelete() {
        long seenVersion = form.latest().version();
        String seenTitle = form.latest().title();
        int questions = form.latest().questions().size();
        Actions.on(this).call(() -> surveys.responseCount(experimentId(), surveyId)).ifPresent(responses ->
                SurveyDeleteQuestion.ask(this, seenTitle, questions, responses, form.latest().audience(),
                        () -> delete(seenVersion, responses, seenTitle)));
    }

    /**
     * Deletes the survey as it was when asked: if a co-planner saved it meanwhile, nothing is deleted, the builder
     * shows their version and says so, and deleting again deletes what is now shown. Done, back to the list.
     */
    void delete(long seenVersion, long seenResponses, String seenTitle) {
        boolean deleted = Actions.on(this).showConflictWith((who, when) -> {
            details = surveys.get(experimentId(), surveyId);
            form.refresh(details, details.updatedByName(), details.updatedAt());
            showLastSaved(details);
            conflictBox.removeAll();
            conflictBox.add(new Paragraph(getTranslation("survey.deleteConflict", who, when)));
            conflictBox.setVisible(true);
        }).run(() -> surveys.delete(experimentId(), surveyId, seenVersion, seenResponses));
        if (deleted) {
            Messages.showSuccess(getTranslation("survey.deleted", seenTitle));
            SurveysView.showList(this, experimentId());
        }
    }

    /** Keeps what this person typed; says who saved first; offers to load the latest version. */
    private void showConflict(String who, String when) {
        conflictBox.removeAll();
        Paragraph text = new Paragraph(form.conflictText("survey.builder.conflict", who, when));
        Button reload = new Button(getTranslation("survey.builder.reload"), e -> {
            details = surveys.get(experimentId(), surveyId);
            fill(details);
        });
        reload.setId("reload-survey");
        conflictBox.add(text, reload);
        conflictBox.setVisible(true);
    }

    void openPreview() {
        Dialog dialog = new Dialog();
        dialog.setId("survey-preview");
        dialog.setHeaderTitle(getTranslation("survey.preview.heading"));
        Div frame = new Div(new H2(title.getValue()), new SurveyForm(editors.stream().map(QuestionsEditor.QuestionEditor::value)
                .filter(q -> !q.text().isEmpty()).toList()));
        frame.addClassNames("survey-public", "survey-preview-frame");
        dialog.add(frame);
        Button close = new Button(getTranslation("survey.preview.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.setWidth("min(26rem, 100vw)");
        dialog.open();
    }

    private static LocalDateTime toLocal(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, Application.ZONE);
    }

    private static Instant toInstant(LocalDateTime t) {
        return t == null ? null : t.atZone(Application.ZONE).toInstant();
    }

}
