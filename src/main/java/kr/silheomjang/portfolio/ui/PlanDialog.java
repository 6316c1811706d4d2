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
import kr.silheomjang.ui.Messages;

/**
 * The owner sets the planned start of each stage; an empty field follows the guide's backward plan (its date is the
 * field's helper text). A co-owner's save in between is refused with who saved, and the dialog shows their dates.
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
    private StagePlan plan;

    PlanDialog(PortfolioService portfolio, long experimentId, String title, Runnable afterSave) {
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
        FormLayout form = new FormLayout(topicSelection, planning, preparation, runDay, followUp);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
        add(help, errors, form);

        Button cancel = new Button(getTranslation("portfolio.plan.cancel"), e -> close());
        cancel.setId("pf-plan-cancel");
        save.setText(getTranslation("portfolio.plan.save"));
        save.setId("pf-plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(cancel, save);
        plan = portfolio.plan(experimentId);
        show(plan);
    }

    private void field(DatePicker picker, String labelKey, String id) {
        picker.setLabel(getTranslation("portfolio.plan.start", getTranslation(labelKey)));
        picker.setId(id);
        picker.setClearButtonVisible(true);
        Formats.localize(picker, getLocale());
    }

    private void show(StagePlan p) {
        this.plan = p;
        set(topicSelection, p.set().topicSelection(), p.derived().topicSelection());
        set(planning, p.set().planning(), p.derived().planning());
        set(preparation, p.set().preparation(), p.derived().preparation());
        set(followUp, p.set().followUp(), p.derived().followUp());
        runDay.setText(getTranslation("portfolio.plan.runDay", Formats.date(p.eventDate(), getLocale())));
    }

    private void set(DatePicker picker, @Nullable LocalDate value, @Nullable LocalDate derived) {
        picker.setValue(value);
        picker.setHelperText(derived == null ? null
                : getTranslation("portfolio.plan.derived", Formats.date(derived, getLocale())));
    }

    StagePlanDraft draft() {
        return new StagePlanDraft(topicSelection.getValue(), planning.getValue(), preparation.getValue(),
                followUp.getValue());
    }

    void save() {
        errors.setVisible(false);
        boolean saved = Actions.on(this)
                .afterConflict(() -> show(portfolio.plan(experimentId)))
                .onInvalid(keys -> {
                    errors.setText(String.join(" ", keys.stream().map(this::getTranslation).toList()));
                    errors.setVisible(true);
                })
                .run(() -> portfolio.savePlan(experimentId, plan.version(), draft()));
        if (saved) {
            Messages.showSuccess(getTranslation("portfolio.plan.saved"));
            close();
            afterSave.run();
        }
    }
}
