package kr.silheomjang.schedule.ui;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.experiment.ExperimentDraft;
import kr.silheomjang.ui.ComponentTexts;
import kr.silheomjang.experiment.DDay;
import kr.silheomjang.experiment.MemberView;
import kr.silheomjang.schedule.EventDraft;
import kr.silheomjang.schedule.EventType;
import kr.silheomjang.schedule.EventView;
import kr.silheomjang.schedule.ScheduleService;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.DeletedMeanwhile;
import kr.silheomjang.ui.DestructiveQuestion;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.KeepTyped;
import kr.silheomjang.ui.LiveForm;
import kr.silheomjang.ui.Messages;
import kr.silheomjang.shared.StoredText;

/**
 * Creates or edits one event; also the keyboard/menu way to move it (a day or a week earlier/later, or to a date).
 * Refusals are shown inside the dialog. An open event is a {@link LiveForm}: what others save arrives in untouched
 * fields; a field the user is editing keeps their input, is marked with who changed it, and the save waits for the
 * user's choice.
 */
class EventDialog extends Dialog {

    /** The type a new event starts as (see the constructor for why). */
    static final EventType DEFAULT_TYPE = EventType.MEETING;

    private final ScheduleService schedule;
    private final long experimentId;
    private final Runnable afterChange;
    private EventView existing;
    final LiveForm<EventView> form;

    final TextField title = new TextField();
    final Select<EventType> type = new Select<>();
    final Checkbox allDay = new Checkbox();
    /** Marked on the portfolio timeline; on a new event it follows the type (checked for 마일스톤) until set. */
    final Checkbox milestone = new Checkbox();
    final DatePicker startDate = new DatePicker();
    final TimePicker startTime = new TimePicker();
    final DatePicker endDate = new DatePicker();
    final TimePicker endTime = new TimePicker();
    final TextField place = new TextField();
    final MultiSelectComboBox<MemberView> attendees = ComponentTexts.localize(new MultiSelectComboBox<>());
    final TextArea notes = new TextArea();
    final Div errors = new Div();
    final Button save = new Button();
    final Button delete = new Button();
    final DatePicker moveTo = new DatePicker();
    /** What acts on the stored event (save, delete, moving it, its .ics): hidden once someone else deleted it. */
    private final List<Component> storedEventActions = new ArrayList<>(List.of(save, delete));

    /** {@code presence} is null for a new event (nobody else can have it open). */
    EventDialog(ScheduleService schedule, long experimentId, List<MemberView> members, EventView existing,
            LocalDate day, LocalTime time, LocalDate eventDate, Runnable afterChange,
            LiveForm.@Nullable Presence presence) {
        this.schedule = schedule;
        this.experimentId = experimentId;
        this.existing = existing;
        this.afterChange = afterChange;
        setId("event-dialog");
        addClassName("schedule-event-dialog");
        setWidth("min(44rem, 100vw)");
        boolean editable = existing == null || existing.editable();
        setHeaderTitle(getTranslation(existing == null ? "schedule.dialog.new"
                : editable ? "schedule.dialog.edit" : "schedule.dialog.view"));
        Locale locale = getLocale();

        title.setLabel(getTranslation("schedule.field.title"));
        title.setId("event-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        type.setLabel(getTranslation("schedule.field.type"));
        type.setId("event-type");
        type.setItems(EventType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        milestone.setLabel(getTranslation("schedule.field.milestone"));
        milestone.setId("event-milestone");
        allDay.setLabel(getTranslation("schedule.field.allDay"));
        allDay.setId("event-all-day");
        startDate.setLabel(getTranslation("schedule.field.startDate"));
        startDate.setId("event-start-date");
        endDate.setLabel(getTranslation("schedule.field.endDate"));
        endDate.setId("event-end-date");
        Formats.localize(startDate, locale);
        Formats.localize(endDate, locale);
        // The years the service takes (an experiment's own: ten back, five ahead); outside, its sentence.
        LocalDate today = LocalDate.now(kr.silheomjang.Application.ZONE);
        for (DatePicker picker : List.of(startDate, endDate)) {
            picker.setMin(ExperimentDraft.earliestDate(today));
            picker.setMax(ExperimentDraft.latestDate(today));
            String outOfRange = getTranslation("schedule.error.dateRange");
            picker.setI18n(picker.getI18n().setMinErrorMessage(outOfRange).setMaxErrorMessage(outOfRange));
        }
        Formats.localize(moveTo, locale);
        startTime.setLabel(getTranslation("schedule.field.startTime"));
        startTime.setId("event-start-time");
        endTime.setLabel(getTranslation("schedule.field.endTime"));
        endTime.setId("event-end-time");
        Formats.localize(startTime, locale);
        Formats.localize(endTime, locale);
        place.setLabel(getTranslation("schedule.field.place"));
        place.setId("event-place");
        place.setMaxLength(200);
        attendees.setLabel(getTranslation("schedule.field.attendees"));
        attendees.setId("event-attendees");
        attendees.setItems(members);
        attendees.setItemLabelGenerator(MemberView::displayName);
        notes.setLabel(getTranslation("schedule.field.notes"));
        notes.setId("event-notes");
        notes.setMaxLength(2000);
        errors.setId("event-errors");
        errors.addClassName("schedule-errors");
        errors.setVisible(false);

        allDay.addValueChangeListener(e -> {
            startTime.setVisible(!e.getValue());
            endTime.setVisible(!e.getValue());
        });
        startDate.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getOldValue() != null && endDate.getValue() != null) {
                endDate.setValue(endDate.getValue().plusDays(e.getValue().toEpochDay() - e.getOldValue().toEpochDay()));
            }
        });

        if (existing == null) {
            // The timeline mark follows the type chosen for a new event (as EventDraft says without a mark) until the
            // user sets the box; an existing event keeps what was stored.
            boolean[] markSet = {false};
            milestone.addValueChangeListener(e -> markSet[0] |= e.isFromClient());
            type.addValueChangeListener(e -> {
                if (!markSet[0] && e.getValue() != null) {
                    milestone.setValue(e.getValue() == EventType.MILESTONE);
                }
            });
        }
        form = bindForm(members);
        if (existing != null) {
            if (presence != null) {
                form.presence(presence);
            }
            form.load(existing);
        } else {
            // What a planning team adds most: the guide's preparation is a run of meetings (the team's own, venue
            // visits, partners, the filming team), while the milestones come from the D-day plan (TemplateDialog).
            // So a new event starts as a plain 회의, not as a milestone that also marked it on the portfolio timeline
            // (QA), nor as a named kind it may not be (the first proposer meeting is "the" one the consent tab dates).
            type.setValue(DEFAULT_TYPE);
            milestone.setValue(DEFAULT_TYPE == EventType.MILESTONE);
            startDate.setValue(day);
            endDate.setValue(day);
            allDay.setValue(time == null);
            startTime.setValue(time);
            endTime.setValue(time == null ? null : time.plusHours(1));
            startTime.setVisible(time != null);
            endTime.setVisible(time != null);
        }

        FormLayout form = new FormLayout(title, type, milestone, allDay, startDate, startTime, endDate, endTime, place,
                attendees, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(title, 2);
        form.setColspan(milestone, 2);
        form.setColspan(allDay, 2);
        form.setColspan(place, 2);
        form.setColspan(attendees, 2);
        form.setColspan(notes, 2);
        add(errors, form);

        if (existing != null) {
            Paragraph meta = new Paragraph(getTranslation("schedule.lastUpdated",
                    StoredText.show(existing.updatedByName(), this::getTranslation),
                    Formats.dateTime(existing.updatedAt(), locale)));
            meta.addClassName("help-text");
            if (existing.offsetDays() != null && eventDate != null) {
                meta.add(new Span(" · " + getTranslation("schedule.field.offset",
                        DDay.label(eventDate, existing.startDate()))));
            }
            add(meta);
            if (editable) {
                EventMoveRow moveRow = new EventMoveRow(moveTo, () -> this.existing.startDate(), this::moveBy);
                storedEventActions.add(moveRow);
                add(moveRow);
            }
            Anchor download = new Anchor(DownloadHandler.fromInputStream(ev -> {
                byte[] bytes = schedule.eventIcs(experimentId, this.existing.id()).getBytes(StandardCharsets.UTF_8);
                return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(bytes),
                        "event-" + this.existing.id() + ".ics", "text/calendar;charset=UTF-8", bytes.length);
            }), getTranslation("schedule.download"));
            download.setId("event-download");
            download.getElement().setAttribute("download", true);
            storedEventActions.add(download);
            add(download);
        }

        Button cancel = new Button(getTranslation(editable ? "schedule.cancel" : "schedule.close"), e -> close());
        cancel.setId("event-cancel");
        KeepTyped.guard(this, this.form);
        save.setText(getTranslation("schedule.save"));
        save.setId("event-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setVisible(editable);
        delete.setText(getTranslation("schedule.delete"));
        delete.setId("event-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> DestructiveQuestion.ask(this, "schedule.deleteQuestion", "event-delete-keep",
                this::remove));
        delete.setVisible(existing != null && editable);
        getFooter().add(delete, cancel, save);

        if (!editable) {
            List.<HasValue<?, ?>>of(title, place, notes, type, milestone, allDay, startDate, endDate, startTime,
                    endTime, attendees).forEach(field -> field.setReadOnly(true));
        }
    }

    private void moveBy(long days) {
        LocalDate target = existing.startDate().plusDays(days);
        if (attempt(() -> schedule.move(experimentId, existing.id(), form.latest().version(), target))) {
            existing = schedule.get(experimentId, existing.id());
            // The dates follow the move; whatever else the user typed stays.
            form.refresh(existing, existing.updatedByName(), existing.updatedAt());
            Messages.showSuccess(getTranslation("schedule.move.done", existing.title(),
                    Formats.date(existing.startDate(), getLocale())));
            afterChange.run();
        }
    }

    private LiveForm<EventView> bindForm(List<MemberView> members) {
        Locale locale = getLocale();
        return LiveForm.<EventView>of(this)
                .bind("title", title, EventView::title)
                .bind("type", type, EventView::type, t -> getTranslation(t.messageKey()))
                .bind("milestone", milestone, EventView::milestone,
                        on -> getTranslation(on ? "liveform.on" : "liveform.off"))
                .bind("allDay", allDay, EventView::allDay, whole -> getTranslation(whole ? "liveform.on" : "liveform.off"))
                .bind("startDate", startDate, EventView::startDate, d -> Formats.date(d, locale))
                .bind("startTime", startTime, EventView::startTime)
                .bind("endDate", endDate, EventView::endDate, d -> Formats.date(d, locale))
                .bind("endTime", endTime, EventView::endTime)
                .bind("place", place, e -> e.place() == null ? "" : e.place())
                .bind("attendees", attendees, e -> members.stream().filter(m -> e.attendeeIds() != null
                        && e.attendeeIds().contains(m.userId())).collect(Collectors.toSet()),
                        who -> who.stream().map(MemberView::displayName).sorted().collect(Collectors.joining(", ")))
                .bind("notes", notes, e -> e.notes() == null ? "" : e.notes())
                .whenDecided(() -> errors.setVisible(false));
    }

    /** Someone changed this event: untouched fields follow, touched ones are marked (see {@link LiveForm}). */
    void refresh() {
        if (existing == null || !isOpened()) {
            return;
        }
        long id = existing.id();
        // Deleted meanwhile (or hidden from this guest): the dialog stays with what was typed, to be copied.
        DeletedMeanwhile.reread(this, errors, () -> schedule.get(experimentId, id),
                storedEventActions.toArray(Component[]::new))
                .filter(latest -> latest.version() != form.latest().version())
                .ifPresent(latest -> {
                    existing = latest;
                    form.refresh(latest, latest.updatedByName(), latest.updatedAt());
                });
    }

    EventDraft draft() {
        boolean whole = allDay.getValue();
        return new EventDraft(title.getValue(), type.getValue(), startDate.getValue(),
                whole ? null : startTime.getValue(), endDate.getValue(), whole ? null : endTime.getValue(),
                place.getValue(), attendees.getValue().stream().map(MemberView::userId).collect(
                        Collectors.toCollection(HashSet::new)), notes.getValue(), milestone.getValue());
    }

    void save() {
        errors.setVisible(false);
        endDate.setInvalid(false);
        endTime.setInvalid(false);
        title.setInvalid(false);
        if (existing != null && form.refusesSave(this::showRefusal)) {
            return;
        }
        boolean saved = attempt(() -> {
            if (existing == null) {
                schedule.create(experimentId, draft());
            } else {
                schedule.update(experimentId, existing.id(), form.latest().version(), draft());
            }
        });
        if (saved) {
            Messages.showSuccess(getTranslation("schedule.saved"));
            close();
            afterChange.run();
        }
    }

    private void remove() {
        if (attempt(() -> schedule.delete(experimentId, existing.id(), form.latest().version()))) {
            Messages.showSuccess(getTranslation("schedule.deleted"));
            close();
            afterChange.run();
        }
    }

    /** Runs a change; refused input and conflicts are shown in the dialog, which keeps what the user typed. */
    private boolean attempt(Runnable change) {
        return Actions.on(this).onInvalid(this::showInvalid).showAnyConflictWith(this::showConflict).run(change);
    }

    private void showInvalid(List<String> keys) {
        errors.removeAll();
        keys.forEach(k -> errors.add(new Paragraph(getTranslation(k))));
        errors.setVisible(true);
        if (keys.contains("schedule.error.endBeforeStart")) {
            // On one day it is the end time that is wrong, not the date the user left alone.
            boolean sameDay = !allDay.getValue() && startDate.getValue() != null
                    && startDate.getValue().equals(endDate.getValue());
            (sameDay ? endTime : endDate).setInvalid(true);
        }
        if (keys.contains("schedule.error.titleRequired")) {
            title.setInvalid(true);
        }
    }

    /**
     * Keeps what the user typed and shows the newer values the same way as a live update; once every marked field is
     * decided, the next save goes over the version the user has now been told of. Who saved first is the latest
     * version's author when the database did not say ("?"). A new event has no one else's version: the plain
     * conflict message, the form stays as typed.
     */
    private void showConflict(String who, String when) {
        if (existing == null) {
            showMessage(getTranslation("conflict.unknown"));
            return;
        }
        String[] shown = {who, when};
        Actions.on(this).afterRefusal(() -> save.setEnabled(false)).call(() -> schedule.get(experimentId,
                existing.id())).ifPresent(latest -> {
                    existing = latest;
                    form.refresh(latest, latest.updatedByName(), latest.updatedAt());
                    String[] named = Actions.whoAndWhen(this, who, when, latest.updatedByName(), latest.updatedAt());
                    shown[0] = named[0];
                    shown[1] = named[1];
                });
        afterChange.run();
        if ("?".equals(shown[0])) {
            showMessage(getTranslation("conflict.unknown"));
        } else {
            showRefusal(shown[0], shown[1]);
        }
    }

    private void showMessage(String text) {
        errors.removeAll();
        errors.add(new Paragraph(text));
        errors.setVisible(true);
    }

    /** The conflict message; while a field waits for a choice, how to go on. */
    private void showRefusal(String who, String when) {
        errors.removeAll();
        errors.add(new Paragraph(form.conflictText("schedule.conflict", who, when)));
        errors.setVisible(true);
    }
}
