package kr.silheomjang.people.ui;

import java.util.Arrays;
import java.util.Objects;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import kr.silheomjang.people.RecruitmentService;
import kr.silheomjang.people.RecruitmentSettings;
import kr.silheomjang.people.RecruitmentState;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.LiveForm;
import kr.silheomjang.ui.Messages;

/**
 * The sign-up form's settings: dates, capacity, the planners' questions, the privacy notice (its text version shown)
 * and the event information. A live form: a co-owner's save marks what changed beside what is being typed.
 */
class RecruitmentSettingsPanel extends VerticalLayout {

    private final RecruitmentService service;
    private final long experimentId;
    final TextField title = new TextField();
    final TextArea intro = new TextArea();
    final DatePicker opensOn = new DatePicker();
    final DatePicker closesOn = new DatePicker();
    final IntegerField capacity = new IntegerField();
    final IntegerField maxApplications = new IntegerField();
    final TextArea questions = new TextArea();
    final TextArea purpose = new TextArea();
    final TextArea items = new TextArea();
    final TextArea retention = new TextArea();
    final TextArea refusal = new TextArea();
    final TextArea eventInfo = new TextArea();
    final IntegerField reconfirmDays = new IntegerField();
    final Button save = new Button();
    final Paragraph noticeVersion = new Paragraph();
    final LiveForm<RecruitmentState> form;

    private final java.util.function.Consumer<RecruitmentState> onSaved;

    RecruitmentSettingsPanel(RecruitmentService service, long experimentId, boolean owner, RecruitmentState state,
            java.util.function.Consumer<RecruitmentState> onSaved) {
        this.service = service;
        this.onSaved = onSaved;
        this.experimentId = experimentId;
        setPadding(false);
        addClassName("recruit-settings");
        setId("recruit-settings");
        label(title, "title", "recruit.settings.title");
        label(intro, "intro", "recruit.settings.intro");
        label(opensOn, "opens", "recruit.settings.opensOn");
        label(closesOn, "closes", "recruit.settings.closesOn");
        label(capacity, "capacity", "recruit.settings.capacity");
        label(maxApplications, "max", "recruit.settings.maxApplications");
        label(questions, "questions", "recruit.settings.questions");
        label(purpose, "purpose", "recruit.settings.noticePurpose");
        label(items, "items", "recruit.settings.noticeItems");
        label(retention, "retention", "recruit.settings.noticeRetention");
        showRetentionRule();
        label(refusal, "refusal", "recruit.settings.noticeRefusal");
        label(eventInfo, "event-info", "recruit.settings.eventInfo");
        label(reconfirmDays, "reconfirm-days", "recruit.settings.reconfirmDays");
        reconfirmDays.setHelperText(getTranslation("recruit.settings.reconfirmDays.help"));
        reconfirmDays.setMin(1);
        reconfirmDays.setMax(RecruitmentSettings.MAX_RECONFIRM_DAYS);
        reconfirmDays.setStepButtonsVisible(true);
        capacity.setMin(1);
        capacity.setStepButtonsVisible(true);
        maxApplications.setMin(1);
        Formats.localize(opensOn, getLocale());
        Formats.localize(closesOn, getLocale());
        noticeVersion.setId("recruit-notice-version");
        FormLayout layout = new FormLayout(title, capacity, opensOn, closesOn, maxApplications, intro, questions,
                purpose, items, retention, refusal, eventInfo, reconfirmDays);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (var wide : new com.vaadin.flow.component.Component[] {intro, questions, purpose, items, retention,
                refusal, eventInfo}) {
            layout.setColspan(wide, 2);
        }
        save.setText(getTranslation("recruit.settings.save"));
        save.setId("recruit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Details box = new Details(getTranslation("recruit.settings"));
        box.setOpened(true);
        box.addClassName("card");
        box.add(layout, noticeVersion);
        if (owner) {
            box.add(save);
        } else {
            box.add(new Paragraph(getTranslation("recruit.settings.ownerOnly")));
            for (HasValue<?, ?> f : new HasValue<?, ?>[] {title, intro, opensOn, closesOn, capacity, maxApplications,
                    questions, purpose, items, retention, refusal, eventInfo, reconfirmDays}) {
                f.setReadOnly(true);
            }
        }
        add(box);
        form = LiveForm.<RecruitmentState>of(this)
                .bind("title", title, s -> s.settings().title())
                .bind("intro", intro, s -> nz(s.settings().intro()))
                .bind("opensOn", opensOn, s -> s.settings().opensOn(), this::date)
                .bind("closesOn", closesOn, s -> s.settings().closesOn(), this::date)
                .bind("capacity", capacity, s -> s.settings().capacity(), String::valueOf)
                .bind("maxApplications", maxApplications, s -> s.settings().maxApplications(),
                        v -> v == null ? "" : String.valueOf(v))
                .bind("questions", questions, s -> String.join("\n", s.settings().questions()))
                .bind("purpose", purpose, s -> s.settings().noticePurpose())
                .bind("items", items, s -> s.settings().noticeItems())
                .bind("retention", retention, s -> s.settings().noticeRetention())
                .bind("refusal", refusal, s -> s.settings().noticeRefusal())
                .bind("eventInfo", eventInfo, s -> nz(s.settings().eventInfo()))
                .bind("reconfirmDays", reconfirmDays, s -> s.settings().reconfirmDaysBefore(),
                        v -> v == null ? "" : String.valueOf(v));
        form.load(state);
        showVersion(state);
    }

    /** A live update: untouched fields follow, touched ones are marked with who changed them. */
    void refresh(RecruitmentState latest) {
        showRetentionRule();
        if (latest.version() != form.latest().version()) {
            form.refresh(latest, latest.updatedByName(), latest.updatedAt());
            showVersion(latest);
        }
    }

    void save() {
        if (form.refusesSave((who, when) -> Messages.showError(form.conflictText("people.conflict", who, when)))) {
            return;
        }
        RecruitmentSettings typed = new RecruitmentSettings(title.getValue(), intro.getValue(), opensOn.getValue(),
                closesOn.getValue(), capacity.getValue() == null ? 0 : capacity.getValue(), maxApplications.getValue(),
                Arrays.asList(questions.getValue().split("\n")), purpose.getValue(), items.getValue(),
                retention.getValue(), refusal.getValue(), eventInfo.getValue(), reconfirmDays.getValue());
        RecruitmentState saved = PeopleActions.call(this,
                () -> service.save(experimentId, form.latest().version(), typed),
                () -> service.state(experimentId).ifPresent(this::refresh));
        if (saved != null) {
            Messages.showSuccess(getTranslation("recruit.settings.saved"));
            form.load(saved);
            showVersion(saved);
            onSaved.accept(saved);
        }
    }

    private void showVersion(RecruitmentState s) {
        noticeVersion.setText(getTranslation("recruit.settings.noticeVersion", s.noticeVersion()));
    }

    private String date(java.time.LocalDate d) {
        return d == null ? "" : Formats.date(d, getLocale());
    }

    /** The purge's actual rule under the notice's free text, so that the two are kept alike by eye. */
    private void showRetentionRule() {
        Integer days = service.retentionDays(experimentId);
        retention.setHelperText(getTranslation("recruit.settings.noticeRetention.help", days == null
                ? getTranslation("recruit.settings.retentionDefault")
                : getTranslation("recruit.settings.retentionDays", days)));
    }

    private void label(com.vaadin.flow.component.Component field, String id, String key) {
        field.setId("recruit-" + id);
        ((com.vaadin.flow.component.HasLabel) field).setLabel(getTranslation(key));
        if (field instanceof com.vaadin.flow.component.HasSize s) {
            s.setWidthFull();
        }
    }

    private static String nz(String s) {
        return Objects.requireNonNullElse(s, "");
    }
}
