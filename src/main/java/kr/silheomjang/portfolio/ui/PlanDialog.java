package kr.silheomjang.portfolio.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.portfolio.PortfolioService;
import kr.silheomjang.portfolio.StagePlan;
import kr.silheomjang.portfolio.StagePlanDraft;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.KeepTyped;
import kr.silheomjang.ui.LiveForm;
import kr.silheomjang.ui.Messages;

/**
 * The owner sets the planned start of each stage; an empty field follows the guide's backward plan (its date is the
 * field's helper text). The dates are a {@link LiveForm} like every form others may change while it is open: a
 * co-owner's save reaches the fields this owner has not touched; a touched field keeps its value, shows who changed it
 * and their date with "그 값 사용 / 내 값 유지", and the save waits for that choice. A save that races theirs is told who
 * saved first and marks the fields the same way.
 */
class PlanDialog extends Dialog {

    private final PortfolioService portfolio;
    private final long experimentId;
    private final Runnable afterSave;
    final DatePicker topicSelection = new DatePicker();
    final DatePicker planning = new DatePicker();
    final DatePicker preparation = new DatePicker();
    final DatePicker followUp = new DatePicker();
    final Paragraph runDay = new Paragraph();
    final Div errors = new Div();
    final Button save = new Button();
    final LiveForm<StagePlan> form;

    /** {@code presence}: the co-owners with this experiment's dates open are shown at the fields they are in. */
    PlanDialog(PortfolioService portfolio, long experimentId, String title, Runnable afterSave,
            LiveForm.Presence presence) {
        this.portfolio = portfolio;
        this.experimentId = experimentId;
        this.afterSave = afterSave;
        setHeaderTitle(getTranslation("portfolio.plan.title", title));
        addClassName("pf-plan-dialog");
        setWidth("min(36rem, 100vw)");
        field(topicSelection, "stage.TOPIC_SELECTION", "pf-plan-topic");
        field(planning, "stage.PLANNING", "pf-plan-planning");
        field(preparation, "stage.PREPARATION", "pf-plan-preparation");
        field(followUp, "stage.FOLLOW_UP", "pf-plan-followup");
        errors.addClassName("form-errors");
        errors.setId("pf-plan-errors");
        errors.getElement().setAttribute("role", "alert");
        errors.setVisible(false);
        Paragraph help = new Paragraph(getTranslation("portfolio.plan.help"));
        help.addClassName("help-text");
        FormLayout fields = new FormLayout(topicSelection, planning, preparation, runDay, followUp);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
        add(help, errors, fields);

        Button cancel = new Button(getTranslation("portfolio.plan.cancel"), e -> close());
        cancel.setId("pf-plan-cancel");
        save.setText(getTranslation("portfolio.plan.save"));
        save.setId("pf-plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(cancel, save);
        form = LiveForm.<StagePlan>of(this)
                .bind("topicSelection", topicSelection, p -> p.set().topicSelection(), this::shown)
                .bind("planning", planning, p -> p.set().planning(), this::shown)
                .bind("preparation", preparation, p -> p.set().preparation(), this::shown)
                .bind("followUp", followUp, p -> p.set().followUp(), this::shown)
                .whenDecided(() -> errors.setVisible(false));
        StagePlan plan = portfolio.plan(experimentId);
        form.presence(presence).load(plan);
        addComponentAtIndex(1, form.others()); // "함께 보는 사람: …" under the help text
        showDerived(plan);
        KeepTyped.guard(this, form);
    }

    long experimentId() {
        return experimentId;
    }

    /** A date as shown beside a field that someone else changed; an empty one follows the guide's plan. */
    private String shown(@Nullable LocalDate date) {
        return date == null ? getTranslation("portfolio.plan.none") : Formats.date(date, getLocale());
    }

    private void field(DatePicker picker, String labelKey, String id) {
        picker.setLabel(getTranslation("portfolio.plan.start", getTranslation(labelKey)));
        picker.setId(id);
        picker.setClearButtonVisible(true);
        Formats.localize(picker, getLocale());
    }

    /** What empty fields would follow (the backward plan from the event day, which others may move) and the run day. */
    private void showDerived(StagePlan p) {
        derived(topicSelection, p.derived().topicSelection());
        derived(planning, p.derived().planning());
        derived(preparation, p.derived().preparation());
        derived(followUp, p.derived().followUp());
        runDay.setText(getTranslation("portfolio.plan.runDay", Formats.date(p.eventDate(), getLocale())));
    }

    private void derived(DatePicker picker, @Nullable LocalDate derived) {
        picker.setHelperText(derived == null ? null
                : getTranslation("portfolio.plan.derived", Formats.date(derived, getLocale())));
    }

    /**
     * Someone changed the plan or the experiment's dates: untouched fields follow, touched ones are marked (see
     * {@link LiveForm}); the derived dates in the helper texts follow always.
     */
    void refresh() {
        if (!isOpened()) {
            return;
        }
        Actions.on(this).afterRefusal(this::close).call(() -> portfolio.plan(experimentId)).ifPresent(latest -> {
            showDerived(latest);
            if (latest.version() != form.latest().version()) {
                form.refresh(latest, who(latest), latest.updatedAt());
            }
        });
    }

    private static String who(StagePlan p) {
        return p.updatedByName() == null ? "" : p.updatedByName();
    }

    StagePlanDraft draft() {
        return new StagePlanDraft(topicSelection.getValue(), planning.getValue(), preparation.getValue(),
                followUp.getValue());
    }

    void save() {
        errors.setVisible(false);
        if (form.refusesSave(this::showRefusal)) {
            return;
        }
        boolean saved = Actions.on(this)
                .showConflictWith(this::showConflict)
                .onInvalid(keys -> {
                    errors.setText(String.join(" ", keys.stream().map(this::getTranslation).toList()));
                    errors.setVisible(true);
                })
                .run(() -> portfolio.savePlan(experimentId, form.latest().version(), draft()));
        if (saved) {
            Messages.showSuccess(getTranslation("portfolio.plan.saved"));
            close();
            afterSave.run();
        }
    }

    /**
     * A co-owner saved first: keep what this owner typed, show their dates the same way as a live update; once every
     * marked field is decided, the next save goes over the version this owner has now been told of.
     */
    private void showConflict(String who, String when) {
        Actions.on(this).afterRefusal(() -> save.setEnabled(false)).call(() -> portfolio.plan(experimentId))
                .ifPresent(latest -> {
                    showDerived(latest);
                    form.refresh(latest, who(latest), latest.updatedAt());
                });
        showRefusal(who, when);
    }

    /** The conflict message; while a field waits for a choice, how to go on. */
    private void showRefusal(String who, String when) {
        errors.setText(form.conflictText("portfolio.plan.conflict", who, when));
        errors.setVisible(true);
    }
}
