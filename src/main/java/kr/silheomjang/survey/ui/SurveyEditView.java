package kr.silheomjang.survey.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.Application;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.survey.QuestionType;
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
import kr.silheomjang.ui.Messages;

/**
 * The survey builder: title, answering period, questions of six types with required flag, reordering and a preview
 * that renders the very form respondents get. The whole form is saved at once against the version the editor saw.
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
    final DateTimePicker opensAt = new DateTimePicker();
    final DateTimePicker closesAt = new DateTimePicker();
    final Div questionList = new Div();
    final List<QuestionEditor> editors = new ArrayList<>();
    final Button add = new Button();
    final Button preview = new Button();
    final Button save = new Button();
    final Div conflictBox = new Div();
    final Paragraph lastSaved = new Paragraph();
    final Paragraph readOnly = new Paragraph();

    public SurveyEditView(ExperimentPageSupport support, SurveyService surveys, ExperimentAccess access) {
        super(support, "survey.nav", "survey", WorkspaceLive.MEMBERS);
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
        questionList.setId("question-list");
        questionList.addClassName("survey-builder-list");
        add.setId("add-question");
        add.setText(getTranslation("survey.builder.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e -> {
            editors.add(new QuestionEditor(SurveyQuestion.blank()));
            renumber();
        });
        preview.setId("preview-survey");
        preview.setText(getTranslation("survey.builder.preview"));
        preview.setIcon(VaadinIcon.EYE.create());
        preview.addClickListener(e -> openPreview());
        save.setId("save-survey");
        save.setText(getTranslation("survey.builder.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        HorizontalLayout buttons = new HorizontalLayout(add, preview, save);
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
    }

    @Override
    protected Class<?> sectionView() {
        return SurveysView.class;
    }

    @Override
    protected void readRoute(BeforeEnterEvent event) {
        surveyId = ExperimentPage.longParameter(event, SURVEY).orElse(-1L);
        presenceAt("survey:" + surveyId);
    }

    @Override
    protected void load(long experimentId) {
        boolean editor = access.requireMember(experimentId()).canEdit();
        details = surveys.get(experimentId(), surveyId);
        back.setRoute(SurveysView.class, new RouteParameters(ExperimentSection.PARAM, String.valueOf(experimentId())));
        readOnly.setVisible(!editor);
        add.setVisible(editor);
        save.setVisible(editor);
        fill(details);
    }

    @Override
    protected void onLive(Set<LiveUpdate> updates) {
        // Someone else's save is not pulled into the editor (that would overwrite what this person is typing);
        // their own save will report the conflict and offer to reload. A membership change re-checks access.
        access.requireMember(experimentId());
    }

    private void fill(SurveyDetails d) {
        title.setValue(d.title());
        opensAt.setValue(toLocal(d.opensAt()));
        closesAt.setValue(toLocal(d.closesAt()));
        editors.clear();
        d.questions().forEach(q -> editors.add(new QuestionEditor(q)));
        renumber();
        lastSaved.setText(getTranslation("survey.builder.lastSaved", d.updatedByName(),
                Formats.dateTime(d.updatedAt(), getLocale())));
        conflictBox.setVisible(false);
    }

    void renumber() {
        questionList.removeAll();
        for (int i = 0; i < editors.size(); i++) {
            QuestionEditor e = editors.get(i);
            e.number.setText(getTranslation("survey.builder.question", i + 1));
            e.up.setEnabled(i > 0);
            e.down.setEnabled(i < editors.size() - 1);
            questionList.add(e);
        }
    }

    void move(QuestionEditor e, int delta) {
        int i = editors.indexOf(e);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= editors.size()) {
            return;
        }
        editors.remove(i);
        editors.add(j, e);
        renumber();
    }

    SurveyDraft draft() {
        return new SurveyDraft(title.getValue(), toInstant(opensAt.getValue()), toInstant(closesAt.getValue()),
                editors.stream().map(QuestionEditor::value).toList());
    }

    void save() {
        // A conflict is not a passing notification here: a lasting box offers to load the other version.
        if (Actions.on(this).showConflictWith(this::showConflict)
                .run(() -> surveys.save(experimentId(), surveyId, details.version(), draft()))) {
            details = surveys.get(experimentId(), surveyId);
            fill(details);
            Messages.showSuccess(getTranslation("survey.builder.saved"));
        }
    }

    /** Keeps what this person typed; says who saved first; offers to load the latest version. */
    private void showConflict(String who, String when) {
        conflictBox.removeAll();
        Paragraph text = new Paragraph(getTranslation("survey.builder.conflict", who, when));
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
        Div frame = new Div(new H2(title.getValue()), new SurveyForm(editors.stream().map(QuestionEditor::value)
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

    /** One question's editor card. */
    class QuestionEditor extends Div {
        private final Long id;
        final Span number = new Span();
        final Select<QuestionType> type = new Select<>();
        final TextField text = new TextField();
        final TextArea options = new TextArea();
        final Checkbox required = new Checkbox();
        final Button up = new Button(VaadinIcon.ARROW_UP.create());
        final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
        final Button remove = new Button(VaadinIcon.TRASH.create());

        QuestionEditor(SurveyQuestion q) {
            this.id = q.id();
            addClassNames("card", "survey-builder-question");
            number.addClassName("survey-builder-number");
            type.setLabel(getTranslation("survey.builder.type"));
            type.setItems(QuestionType.values());
            type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
            type.setValue(q.type());
            type.addValueChangeListener(e -> options.setVisible(e.getValue() != null && e.getValue().hasOptions()));
            type.addClassName("survey-builder-type");
            text.setLabel(getTranslation("survey.builder.text"));
            text.setValue(q.text());
            text.setMaxLength(500);
            text.setWidthFull();
            text.addClassName("survey-builder-text");
            options.setLabel(getTranslation("survey.builder.options"));
            options.setValue(String.join("\n", q.options()));
            options.setWidthFull();
            options.setVisible(q.type().hasOptions());
            options.addClassName("survey-builder-options");
            required.setLabel(getTranslation("survey.builder.required"));
            required.setValue(q.required());
            required.addClassName("survey-builder-required");
            up.setAriaLabel(getTranslation("survey.builder.up"));
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            up.addClassName("survey-builder-up");
            up.addClickListener(e -> move(this, -1));
            down.setAriaLabel(getTranslation("survey.builder.down"));
            down.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            down.addClassName("survey-builder-down");
            down.addClickListener(e -> move(this, 1));
            remove.setAriaLabel(getTranslation("survey.builder.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClassName("survey-builder-remove");
            remove.addClickListener(e -> {
                editors.remove(this);
                renumber();
            });
            HorizontalLayout head = new HorizontalLayout(number, up, down, remove);
            head.setAlignItems(Alignment.CENTER);
            HorizontalLayout settings = new HorizontalLayout(type, required);
            settings.setAlignItems(Alignment.BASELINE);
            settings.setWrap(true);
            add(head, text, settings, options);
        }

        SurveyQuestion value() {
            return new SurveyQuestion(id, type.getValue(), text.getValue(),
                    Arrays.asList(options.getValue().split("\n")), required.getValue());
        }
    }
}
