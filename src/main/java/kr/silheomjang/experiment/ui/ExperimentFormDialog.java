package kr.silheomjang.experiment.ui;

import java.time.LocalDate;
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
import kr.silheomjang.experiment.QuestionView;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.KeepTyped;
import kr.silheomjang.ui.LiveForm;
import kr.silheomjang.ui.Messages;

/**
 * Creates or edits an experiment. The service validates; its message keys land on the fields they concern. Editing is
 * a {@link LiveForm}: what others save arrives in untouched fields; a field the user is editing keeps their input and
 * is marked with who changed it and their value, and the save waits for the user's choice. A save that races someone
 * else's is told who saved first and which fields they changed.
 */
class ExperimentFormDialog extends Dialog {

    private final ExperimentService experiments;
    private final Long experimentId;
    private final LongConsumer onSaved;
    final LiveForm<ExperimentDetails> form;

    final TextField title = new TextField();
    final TextArea proposalText = new TextArea();
    final TextField proposalUrl = new TextField();
    final TextField proposerName = new TextField();
    final TextArea purpose = new TextArea();
    final DatePicker planningStart = new DatePicker();
    final DatePicker eventDate = new DatePicker();
    final DatePicker followUpEnd = new DatePicker();
    final QuestionsField questions = new QuestionsField();
    final List<TextField> questionFields = questions.lines;
    final Div conflictBox = new Div();
    final Paragraph formError = new Paragraph();
    final Button save = new Button();
    private final Map<String, HasValidation> fieldsByKey = new HashMap<>();

    private ExperimentFormDialog(ExperimentService experiments, ExperimentDetails existing, LongConsumer onSaved,
            LiveForm.Presence presence, LocalDate today) {
        this.experiments = experiments;
        this.experimentId = existing == null ? null : existing.id();
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
        limit(planningStart, "planningStart", today, existing == null ? null : existing.planningStart());
        limit(eventDate, "eventDate", today, existing == null ? null : existing.eventDate());
        limit(followUpEnd, "followUpEnd", today, existing == null ? null : existing.followUpEnd());
        proposalUrl.setPlaceholder("https://");

        Button addQuestion = new Button(getTranslation("experimentForm.addQuestion"), VaadinIcon.PLUS.create(),
                e -> questions.addEmpty());
        addQuestion.setId("add-question");
        addQuestion.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        H4 questionsTitle = new H4(getTranslation("experiment.field.questions"));
        Paragraph questionsHelp = new Paragraph(getTranslation("experiment.help.questions"));
        questionsHelp.addClassName("help-text");

        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 3));
        layout.add(title, 3);
        layout.add(proposalText, 3);
        layout.add(proposalUrl, 2);
        layout.add(proposerName, 1);
        layout.add(purpose, 3);
        layout.add(planningStart, eventDate, followUpEnd);

        conflictBox.setId("conflict-box");
        conflictBox.addClassName("conflict-box");
        conflictBox.setVisible(false);
        formError.setId("form-error");
        formError.addClassName("form-error");
        formError.setVisible(false);

        VerticalLayout body = new VerticalLayout(conflictBox, formError, layout, questionsTitle, questionsHelp,
                questions, addQuestion);
        body.setPadding(false);
        add(body);

        form = LiveForm.<ExperimentDetails>of(this)
                .bind("title", title, ExperimentDetails::title)
                .bind("proposalText", proposalText, ExperimentDetails::proposalText)
                .bind("proposalUrl", proposalUrl, d -> Objects.requireNonNullElse(d.proposalUrl(), ""))
                .bind("proposerName", proposerName, d -> Objects.requireNonNullElse(d.proposerName(), ""))
                .bind("purpose", purpose, d -> Objects.requireNonNullElse(d.purpose(), ""))
                .bind("planningStart", planningStart, ExperimentDetails::planningStart, this::date)
                .bind("eventDate", eventDate, ExperimentDetails::eventDate, this::date)
                .bind("followUpEnd", followUpEnd, ExperimentDetails::followUpEnd, this::date)
                .bind("questions", questions, d -> d.questions().stream().map(QuestionView::text).toList(),
                        list -> String.join(" / ", list))
                .whenDecided(() -> conflictBox.setVisible(false));
        if (existing != null) {
            form.presence(presence).load(existing);
        } else {
            questions.setValue(List.of());
        }

        save.setText(getTranslation("common.save"));
        save.setId("save-experiment");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("cancel-experiment");
        getFooter().add(cancel, save);
        KeepTyped.guard(this, form);
    }

    /** {@code today}: the dates offered are those the service takes, seen from today (see ExperimentDraft). */
    static ExperimentFormDialog forCreate(ExperimentService experiments, LongConsumer onCreated, LocalDate today) {
        return new ExperimentFormDialog(experiments, null, onCreated, null, today);
    }

    /** {@code presence}: where the form is, e.g. the page's {@code formPresence("experiment")}. */
    static ExperimentFormDialog forEdit(ExperimentService experiments, ExperimentDetails existing,
            LongConsumer onSaved, LiveForm.Presence presence, LocalDate today) {
        return new ExperimentFormDialog(experiments, existing, onSaved, presence, today);
    }

    /**
     * The picker offers only the dates the service takes (ExperimentRules), and the date already stored, which stays
     * acceptable for an old experiment whose dates lie outside them.
     */
    private void limit(DatePicker picker, String field, LocalDate today, LocalDate stored) {
        LocalDate min = ExperimentDraft.earliestDate(today);
        LocalDate max = ExperimentDraft.latestDate(today);
        picker.setMin(stored != null && stored.isBefore(min) ? stored : min);
        picker.setMax(stored != null && stored.isAfter(max) ? stored : max);
        String outOfRange = getTranslation("error." + field + ".outOfRange");
        picker.setI18n(picker.getI18n().setMinErrorMessage(outOfRange).setMaxErrorMessage(outOfRange));
    }

    private String date(LocalDate d) {
        return d == null ? "" : Formats.date(d, getLocale());
    }

    /** Someone changed the experiment: untouched fields follow, touched ones are marked (see {@link LiveForm}). */
    void refresh() {
        if (experimentId == null || !isOpened()) {
            return;
        }
        Actions.on(this).afterRefusal(this::close).call(() -> experiments.get(experimentId))
                .filter(latest -> latest.version() != form.latest().version())
                .ifPresent(latest -> form.refresh(latest, latest.updatedByName(), latest.updatedAt()));
    }

    private void label(com.vaadin.flow.component.Component field, String key) {
        ((com.vaadin.flow.component.HasLabel) field).setLabel(getTranslation("experiment.field." + key));
        ((com.vaadin.flow.component.HasSize) field).setWidthFull();
        fieldsByKey.put(key, (HasValidation) field);
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
        d.setQuestions(questions.getValue());
        return d;
    }

    void save() {
        clearErrors();
        if (experimentId != null && form.refusesSave(this::showRefusal)) {
            return;
        }
        ExperimentDraft draft = read();
        Actions.on(this).onInvalid(this::showErrors).showAnyConflictWith(this::onConflict).call(() -> {
            if (experimentId == null) {
                return experiments.create(draft);
            }
            experiments.update(experimentId, form.latest().version(), draft);
            return experimentId;
        }).ifPresent(id -> {
            close();
            Messages.showSuccess(getTranslation("experimentForm.saved"));
            onSaved.accept(id);
        });
    }

    /**
     * Keeps what the user typed, marks the fields someone changed meanwhile and lists what they changed. A new
     * experiment has no one else's version to show: the plain conflict message, the form stays as typed.
     */
    private void onConflict(String changedBy, String changedAt) {
        if (experimentId == null) {
            Messages.showError(getTranslation("conflict.unknown"));
            return;
        }
        ExperimentDetails latest = experiments.get(experimentId);
        List<String> theirChanges = latest.toDraft().changedFields(form.latest().toDraft());
        ExperimentDraft base = latest.toDraft();
        form.refresh(latest, latest.updatedByName(), latest.updatedAt());
        boolean known = !"?".equals(changedBy);
        String who = known ? changedBy : latest.updatedByName();
        String when = known ? changedAt : Formats.dateTime(latest.updatedAt(), getLocale());
        conflictBox.removeAll();
        conflictBox.add(new Paragraph(form.conflictText("conflict.experiment", who, when)));
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
            form.load(form.latest());
            conflictBox.setVisible(false);
        });
        takeTheirs.setId("take-theirs");
        takeTheirs.addThemeVariants(ButtonVariant.LUMO_SMALL);
        conflictBox.add(new Paragraph(getTranslation("conflict.keepMine")), takeTheirs);
        // The user's input stays in the fields, untouched.
        conflictBox.setVisible(true);
    }

    /** A save refused before the service was asked: a field waits for "그 값 사용" / "내 값 유지". */
    private void showRefusal(String who, String when) {
        conflictBox.removeAll();
        conflictBox.add(new Paragraph(form.conflictText("conflict.experiment", who, when)));
        form.theirValues().forEach((label, value) -> {
            Paragraph p = new Paragraph(label + ": " + value);
            p.addClassName("conflict-value");
            conflictBox.add(p);
        });
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
