package kr.silheomjang.schedule.ui;

import java.time.LocalDate;
import java.util.List;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.schedule.EventType;
import kr.silheomjang.schedule.BackwardPlanningService;
import kr.silheomjang.schedule.TemplateStepView;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.DestructiveQuestion;
import kr.silheomjang.ui.KeepTyped;
import kr.silheomjang.ui.Messages;
import kr.silheomjang.ui.SeededNames;

/** Previews the backward plan from the event day; the owner edits the stored template and accepts it. */
class TemplateDialog extends Dialog {

    /** How many default steps the bundles name (schedule.defaultStep.N, V3's rows). */
    private static final int DEFAULT_STEPS = 11;

    private final BackwardPlanningService schedule;
    private final long experimentId;
    private final boolean owner;
    private final Runnable afterChange;
    final Grid<TemplateStepView> grid = new Grid<>();
    private LocalDate eventDate;
    final Paragraph intro = new Paragraph();
    final Button accept = new Button();

    final Paragraph pastWarning = new Paragraph();

    TemplateDialog(BackwardPlanningService schedule, long experimentId, LocalDate eventDate, MemberRole role,
            Runnable afterChange) {
        this.schedule = schedule;
        this.eventDate = eventDate;
        this.experimentId = experimentId;
        this.owner = role == MemberRole.OWNER;
        this.afterChange = afterChange;
        setId("template-dialog");
        setHeaderTitle(getTranslation("schedule.template.title"));
        setWidth("min(46rem, 100vw)");

        grid.setId("template-steps");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(s -> s.offsetDays() == 0 ? "D-day" : s.offsetDays() < 0 ? "D" + s.offsetDays()
                : "D+" + s.offsetDays()).setHeader(getTranslation("schedule.template.offset")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> Formats.date(s.date(), getLocale())).setHeader(getTranslation("schedule.template.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> {
            String type = getTranslation(s.type().messageKey());
            String name = SeededNames.shown(this, "schedule.defaultStep", DEFAULT_STEPS, s.title());
            Span title = new Span(name.equals(type) ? name : name + " · " + type);
            if (s.alreadyPlanned()) {
                Span done = new Span(getTranslation("schedule.template.planned"));
                done.addClassName("schedule-planned-badge");
                return new HorizontalLayout(title, done);
            }
            if (s.pastMeeting()) {
                Span past = new Span(getTranslation("schedule.template.pastBadge"));
                past.addClassName("schedule-past-badge");
                return new HorizontalLayout(title, past);
            }
            return title;
        }).setHeader(getTranslation("schedule.template.step")).setFlexGrow(1);
        if (owner) {
            grid.addComponentColumn(s -> {
                String shownTitle = SeededNames.shown(this, "schedule.defaultStep", DEFAULT_STEPS, s.title());
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> DestructiveQuestion.ask(this,
                        "schedule.template.removeQuestion", "template-remove-keep", () -> {
                            schedule.removeTemplateStep(experimentId, s.id());
                            refresh();
                        }, shownTitle));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                // It removes the plan's step, never the event already made from it: on an "이미 있음" row the
                // label says the event stays, since a trash icon beside that badge reads as "delete the event".
                String label = getTranslation(s.alreadyPlanned() ? "schedule.template.removeStepPlanned"
                        : "schedule.template.removeStepOf", shownTitle);
                remove.setAriaLabel(label);
                remove.setTooltipText(label);
                remove.addClassName("template-remove");
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        pastWarning.setId("template-past-meeting");
        pastWarning.addClassName("schedule-warning");
        pastWarning.getElement().setAttribute("role", "alert");
        add(intro, pastWarning, grid);

        if (owner) {
            IntegerField offset = new IntegerField(getTranslation("schedule.template.stepOffset"));
            offset.setId("template-new-offset");
            offset.setStepButtonsVisible(true);
            TextField stepTitle = new TextField(getTranslation("schedule.field.title"));
            stepTitle.setId("template-new-title");
            Select<EventType> type = new Select<>();
            type.setLabel(getTranslation("schedule.field.type"));
            type.setItems(EventType.values());
            type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
            // Unlike a new calendar event (EventDialog), a step of the D-day plan is a checkpoint counted back from
            // the event day (most default steps are milestones: partner confirmed, participants told, check, rehearsal)
            // and becomes an all-day event marked on the portfolio timeline, so 마일스톤 stays the sensible default.
            type.setValue(EventType.MILESTONE);
            Button addStep = new Button(getTranslation("schedule.template.addStep"), VaadinIcon.PLUS.create(), e -> {
                if (Actions.run(this, () -> schedule.saveTemplateStep(experimentId, null, 0,
                        offset.getValue() == null ? 0 : offset.getValue(), stepTitle.getValue(), type.getValue()))) {
                    stepTitle.clear();
                    refresh();
                }
            });
            addStep.setId("template-add-step");
            HorizontalLayout form = new HorizontalLayout(offset, stepTitle, type, addStep);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.setWrap(true);
            add(form);
            // A step title typed and not added (the offset and type stay set after adding).
            KeepTyped.guard(this, stepTitle);
        } else {
            add(new Paragraph(getTranslation("schedule.template.ownerOnly")));
        }

        Button close = new Button(getTranslation("schedule.close"), e -> close());
        accept.setText(getTranslation("schedule.template.accept"));
        accept.setId("template-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setVisible(owner);
        accept.addClickListener(e -> {
            Actions.on(this).call(() -> schedule.acceptTemplate(experimentId)).ifPresent(made -> {
                Messages.showSuccess(getTranslation("schedule.template.accepted", made));
                close();
                afterChange.run();
            });
        });
        getFooter().add(close, accept);
        refresh();
    }

    /** Reads the plan again for the event day as it is now (a live update: the day may have moved). */
    void refresh(LocalDate eventDate) {
        this.eventDate = eventDate;
        refresh();
    }

    void refresh() {
        List<TemplateStepView> steps = schedule.template(experimentId);
        intro.setText(getTranslation("schedule.template.intro",
                Formats.date(eventDate, getLocale())));
        grid.setItems(steps);
        // The D-day plan would put the proposer meeting before today: say so instead of silently dating it there.
        steps.stream().filter(TemplateStepView::pastMeeting).findFirst().ifPresentOrElse(s -> {
            pastWarning.setText(getTranslation("schedule.template.pastMeeting", Formats.date(s.date(), getLocale())));
            pastWarning.setVisible(true);
        }, () -> pastWarning.setVisible(false));
        accept.setEnabled(steps.stream().anyMatch(s -> !s.alreadyPlanned()));
    }
}
