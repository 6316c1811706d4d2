package kr.silheomjang.experiment.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;


import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import kr.silheomjang.experiment.ExperimentDetails;
import kr.silheomjang.experiment.ExperimentDraft;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.Messages;

/**
 * Creates or edits an experiment. The service validates; its message keys land on the fields they concern. When
 * someone else saved first, the dialog keeps the user's input, names who changed it, shows the newer values next to
 * it and takes the newer version as the base, so a second save is a conscious overwrite.
 */
class ExperimentFormDialog extends Dialog {

    private final ExperimentService experiments;
    private final Long experimentId;
    private long baseVersion;
    private ExperimentDraft base;
    private final LongConsumer onSaved;

    final TextField title = new TextField();
    final TextArea proposalText = new TextArea();
    final TextField proposalUrl = new TextField();
    final TextField proposerName = new TextField();
    final TextArea purpose = new TextArea();
    final DatePicker planningStart = new DatePicker();
    final DatePicker eventDate = new DatePicker();
    final DatePicker followUpEnd = new DatePicker();
    final List<TextField> questionFields = new ArrayList<>();
    final VerticalLayout questionsBox = new VerticalLayout();
    final Div conflictBox = new Div();
    final Paragraph formError = new Paragraph();
    final Button save = new Button();
    private final Map<String, HasValidation> fieldsByKey = new HashMap<>();

    private ExperimentFormDialog(ExperimentService experiments, ExperimentDetails existing, LongConsumer onSaved) {
        this.experiments = experiments;
        this.experimentId = existing == null ? null : existing.id();
        this.baseVersion = existing == null ? 0 : existing.version();
        this.base = existing == null ? new ExperimentDraft() : existing.toDraft();
        this.onSaved = onSaved;
        setId("experiment-form");
        setHeaderTitle(getTranslation(existing == null ? "experimentForm.createTitle" : "experimentForm.editTitle"));
        setWidth("min(48rem, 100vw)");
        setCloseOnOutsideClick(false);

        title.setId("title-field");
        proposalText.setId("proposal-text-field");
        proposalUrl.setId("proposal-url-field");
        proposerName.setId("proposer-field");
        purpose.setId("purpose-field");
        planningStart.setId("planning-start-field");
        eventDate.setId("event-date-field");
        followUpEnd.setId("follow-up-end-field");
        label(title, "title");
        label(proposalText, "proposalText");
        label(proposalUrl, "proposalUrl");
        label(proposerName, "proposerName");
        label(purpose, "purpose");
        label(planningStart, "planningStart");
        label(eventDate, "eventDate");
        label(followUpEnd, "followUpEnd");
        title.setRequiredIndicatorVisible(true);
        proposalText.setRequiredIndicatorVisible(true);
        proposalText.setHelperText(getTranslation("experiment.help.proposalText"));
        purpose.setHelperText(getTranslation("experiment.help.purpose"));
        for (DatePicker d : List.of(planningStart, eventDate, followUpEnd)) {
            Formats.localize(d, getLocale());
            d.setRequiredIndicatorVisible(true);
        }
        proposalUrl.setPlaceholder("https://");

        questionsBox.setId("questions-editor");
        questionsBox.setPadding(false);
        questionsBox.setSpacing(false);
        Button addQuestion = new Button(getTranslation("experimentForm.addQuestion"), VaadinIcon.PLUS.create(),
                e -> addQuestionField(""));
        addQuestion.setId("add-question");
        addQuestion.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        H4 questionsTitle = new H4(getTranslation("experiment.field.questions"));
        Paragraph questionsHelp = new Paragraph(getTranslation("experiment.help.questions"));
        questionsHelp.addClassName("help-text");

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 3));
        form.add(title, 3);
        form.add(proposalText, 3);
        form.add(proposalUrl, 2);
        form.add(proposerName, 1);
        form.add(purpose, 3);
        form.add(planningStart, eventDate, followUpEnd);

        conflictBox.setId("conflict-box");
        conflictBox.addClassName("conflict-box");
        conflictBox.setVisible(false);
        formError.setId("form-error");
        formError.addClassName("form-error");
        formError.setVisible(false);

        VerticalLayout body = new VerticalLayout(conflictBox, formError, form, questionsTitle, questionsHelp,
                questionsBox, addQuestion);
        body.setPadding(false);
        add(body);

        fill(base);

        save.setText(getTranslation("common.save"));
        save.setId("save-experiment");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("cancel-experiment");
        getFooter().add(cancel, save);
    }

    static ExperimentFormDialog forCreate(ExperimentService experiments, LongConsumer onCreated) {
        return new ExperimentFormDialog(experiments, null, onCreated);
    }

    static ExperimentFormDialog forEdit(ExperimentService experiments, ExperimentDetails existing,
            LongConsumer onSaved) {
        return new ExperimentFormDialog(experiments, existing, onSaved);
    }

    private void label(com.vaadin.flow.component.Component field, String key) {
        ((com.vaadin.flow.component.HasLabel) field).setLabel(getTranslation("experiment.field." + key));
        ((com.vaadin.flow.component.HasSize) field).setWidthFull();
        fieldsByKey.put(key, (HasValidation) field);
    }

    private void fill(ExperimentDraft d) {
        title.setValue(Objects.requireNonNullElse(d.getTitle(), ""));
        proposalText.setValue(Objects.requireNonNullElse(d.getProposalText(), ""));
        proposalUrl.setValue(Objects.requireNonNullElse(d.getProposalUrl(), ""));
        proposerName.setValue(Objects.requireNonNullElse(d.getProposerName(), ""));
        purpose.setValue(Objects.requireNonNullElse(d.getPurpose(), ""));
        planningStart.setValue(d.getPlanningStart());
        eventDate.setValue(d.getEventDate());
        followUpEnd.setValue(d.getFollowUpEnd());
        questionFields.clear();
        questionsBox.removeAll();
        List<String> qs = d.getQuestions().isEmpty() ? List.of("") : d.getQuestions();
        qs.forEach(this::addQuestionField);
    }

    private void addQuestionField(String text) {
        TextField field = new TextField();
        field.setValue(text);
        field.setWidthFull();
        field.setPlaceholder(getTranslation("experiment.placeholder.question"));
        int index = questionFields.size();
        field.setId("question-field-" + index);
        field.setAriaLabel(getTranslation("experimentForm.questionN", index + 1));
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            questionFields.remove(field);
            questionsBox.remove(field.getParent().orElseThrow());
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel(getTranslation("experimentForm.removeQuestion"));
        HorizontalLayout row = new HorizontalLayout(field, remove);
        row.setWidthFull();
        row.setAlignItems(HorizontalLayout.Alignment.CENTER);
        questionFields.add(field);
        questionsBox.add(row);
    }

    ExperimentDraft read() {
        ExperimentDraft d = new ExperimentDraft();
        d.setTitle(title.getValue());
        d.setProposalText(proposalText.getValue());
        d.setProposalUrl(proposalUrl.getValue());
        d.setProposerName(proposerName.getValue());
        d.setPurpose(purpose.getValue());
        d.setPlanningStart(planningStart.getValue());
        d.setEventDate(eventDate.getValue());
        d.setFollowUpEnd(followUpEnd.getValue());
        d.setQuestions(questionFields.stream().map(TextField::getValue).toList());
        return d;
    }

    void save() {
        clearErrors();
        ExperimentDraft draft = read();
        Actions.on(this).onInvalid(this::showErrors).showConflictWith(this::onConflict).call(() -> {
            if (experimentId == null) {
                return experiments.create(draft);
            }
            experiments.update(experimentId, baseVersion, draft);
            return experimentId;
        }).ifPresent(id -> {
            close();
            Messages.showSuccess(getTranslation("experimentForm.saved"));
            onSaved.accept(id);
        });
    }

    /** Keeps what the user typed, rebases on the newer version and shows what changed under their feet. */
    private void onConflict(String changedBy, String changedAt) {
        ExperimentDetails latest = experiments.get(experimentId);
        List<String> theirChanges = latest.toDraft().changedFields(base);
        base = latest.toDraft();
        baseVersion = latest.version();
        boolean known = !"?".equals(changedBy);
        String who = known ? changedBy : latest.updatedByName();
        String when = known ? changedAt : Formats.dateTime(latest.updatedAt(), getLocale());
        conflictBox.removeAll();
        conflictBox.add(new Paragraph(getTranslation("conflict.experiment", who, when)));
        for (String field : theirChanges) {
            Object value = base.value(field);
            String shown = value instanceof java.time.LocalDate date ? Formats.date(date, getLocale())
                    : value instanceof List<?> list ? String.join(" / ", list.stream().map(String::valueOf).toList())
                    : String.valueOf(value);
            Paragraph p = new Paragraph(getTranslation("experiment.field." + field) + ": " + shown);
            p.addClassName("conflict-value");
            conflictBox.add(p);
        }
        Button takeTheirs = new Button(getTranslation("conflict.takeTheirs"), e -> {
            fill(base);
            conflictBox.setVisible(false);
        });
        takeTheirs.setId("take-theirs");
        takeTheirs.addThemeVariants(ButtonVariant.LUMO_SMALL);
        conflictBox.add(new Paragraph(getTranslation("conflict.keepMine")), takeTheirs);
        // The user's input stays in the fields, untouched.
        conflictBox.setVisible(true);
    }

    private void showErrors(List<String> messageKeys) {
        List<String> general = new ArrayList<>();
        for (String key : messageKeys) {
            String[] parts = key.split("\\.");
            HasValidation field = parts.length == 3 ? fieldsByKey.get(parts[1]) : null;
            if (field != null) {
                field.setErrorMessage(getTranslation(key));
                field.setInvalid(true);
            } else {
                general.add(getTranslation(key));
            }
        }
        formError.setText(String.join(" ", general));
        formError.setVisible(!general.isEmpty());
    }

    private void clearErrors() {
        fieldsByKey.values().forEach(f -> f.setInvalid(false));
        formError.setVisible(false);
    }
}
