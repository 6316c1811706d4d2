package kr.silheomjang.topic.ui;

import java.util.Arrays;
import java.util.function.LongConsumer;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import kr.silheomjang.shared.StoredText;
import kr.silheomjang.topic.CandidateDetails;
import kr.silheomjang.topic.CandidateDraft;
import kr.silheomjang.topic.TopicService;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.KeepTyped;
import kr.silheomjang.ui.LiveForm;
import kr.silheomjang.ui.Messages;

/**
 * Adds a candidate to the pool or edits one. Editing is a {@link LiveForm} (decision note 0013): a co-planner's save
 * arrives in the fields the user has not touched, a touched field keeps the user's text and is marked with who changed
 * it and their value ("그 값 사용" / "내 값 유지"), and the save waits for that choice. A save over a version the user
 * never saw is refused by the service with who changed it; the input stays.
 */
class CandidateDialog extends Dialog {

    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final TextField source = new TextField();
    final TextField url = new TextField();
    final DatePicker submittedOn = new DatePicker();
    final Checkbox proposerKnown = new Checkbox();
    final TextField proposerName = new TextField();
    final EmailField proposerEmail = new EmailField();
    final TextField proposerPhone = new TextField();
    final TextField proposerSns = new TextField();
    final TextField tags = new TextField();
    final Button save = new Button();

    final Div conflictBox = new Div();
    final LiveForm<CandidateDetails> form;

    private final TopicService topics;
    private final @Nullable CandidateDetails editing;
    private final LongConsumer saved;

    private CandidateDialog(TopicService topics, @Nullable CandidateDetails editing, LongConsumer saved) {
        this.topics = topics;
        this.editing = editing;
        this.saved = saved;
        setId("candidate-dialog");
        setHeaderTitle(getTranslation(editing == null ? "topic.new" : "topic.edit"));
        title.setLabel(getTranslation("topic.field.title"));
        title.setId("candidate-title");
        body.setLabel(getTranslation("topic.field.body"));
        body.setId("candidate-body");
        body.setMinHeight("8em");
        source.setLabel(getTranslation("topic.field.source"));
        source.setPlaceholder(getTranslation("topic.field.source.placeholder"));
        url.setLabel(getTranslation("topic.field.url"));
        submittedOn.setLabel(getTranslation("topic.field.submittedOn"));
        Formats.localize(submittedOn, getLocale());
        proposerKnown.setLabel(getTranslation("topic.field.proposerKnown"));
        proposerName.setLabel(getTranslation("topic.field.proposerName"));
        proposerEmail.setLabel(getTranslation("topic.field.proposerEmail"));
        proposerPhone.setLabel(getTranslation("topic.field.proposerPhone"));
        proposerSns.setLabel(getTranslation("topic.field.proposerSns"));
        tags.setLabel(getTranslation("topic.field.tags"));
        tags.setHelperText(getTranslation("topic.field.tags.help"));
        // The columns' sizes, which the service checks too (TopicRules; topic_candidate in V37).
        title.setMaxLength(300);
        body.setMaxLength(6000);
        source.setMaxLength(50);
        url.setMaxLength(1000);
        proposerName.setMaxLength(100);
        proposerEmail.setMaxLength(200);
        proposerPhone.setMaxLength(40);
        proposerSns.setMaxLength(300);
        tags.setMaxLength(500);
        // The dates the service takes: up to today, at most ten years back.
        java.time.LocalDate today = java.time.LocalDate.now(kr.silheomjang.Application.ZONE);
        submittedOn.setMin(today.minusYears(10));
        submittedOn.setMax(today);
        submittedOn.setI18n(submittedOn.getI18n()
                .setMinErrorMessage(getTranslation("topic.error.dateTooOld"))
                .setMaxErrorMessage(getTranslation("topic.error.dateInFuture")));
        proposerKnown.addValueChangeListener(e -> showProposer(e.getValue()));

        FormLayout layout = new FormLayout(title, source, body, url, submittedOn, tags, proposerKnown, proposerName,
                proposerEmail, proposerPhone, proposerSns);
        layout.setColspan(title, 2);
        layout.setColspan(body, 2);
        layout.setColspan(proposerKnown, 2);
        conflictBox.setId("candidate-conflict");
        conflictBox.addClassName("topic-conflict");
        conflictBox.getElement().setAttribute("role", "alert");
        conflictBox.setVisible(false);
        add(conflictBox, layout);
        setWidth("min(48rem, 96vw)");

        save.setText(getTranslation("topic.save"));
        save.setId("candidate-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("topic.cancel"), e -> close()), save);

        form = LiveForm.<CandidateDetails>of(this)
                .bind("title", title, d -> d.draft().title())
                .bind("body", body, d -> d.draft().body())
                .bind("source", source, d -> d.draft().sourcePlatform())
                .bind("url", url, d -> nz(d.draft().sourceUrl()))
                .bind("submittedOn", submittedOn, d -> d.draft().submittedOn(),
                        v -> v == null ? "" : Formats.date(v, getLocale()))
                .bind("proposerKnown", proposerKnown, d -> d.draft().proposerKnown(),
                        v -> getTranslation(Boolean.TRUE.equals(v) ? "topic.proposer.knownYes" : "topic.proposer.knownNo"))
                .bind("proposerName", proposerName, d -> nz(d.draft().proposerName()))
                .bind("proposerEmail", proposerEmail, d -> nz(d.draft().proposerEmail()))
                .bind("proposerPhone", proposerPhone, d -> nz(d.draft().proposerPhone()))
                .bind("proposerSns", proposerSns, d -> nz(d.draft().proposerSns()))
                .bind("tags", tags, d -> String.join(", ", d.draft().tags()))
                .whenDecided(() -> conflictBox.setVisible(false));
        if (editing != null) {
            form.load(editing);
            showProposer(editing.draft().proposerKnown());
        } else {
            showProposer(false);
        }
        // QA: Esc threw away a whole proposal typed in: it asks when a field differs from what was opened.
        KeepTyped.guard(this, form);
    }

    /**
     * A co-planner changed the candidate (heard live): untouched fields follow, touched ones are marked. Never
     * overwrites what the user is typing.
     */
    void refresh() {
        if (editing == null || !isOpened()) {
            return;
        }
        Actions.on(this).afterRefusal(this::close).call(() -> topics.get(editing.id()))
                .filter(latest -> latest.version() != form.latest().version())
                .ifPresent(latest -> form.refresh(latest, latest.updatedByName(), latest.updatedAt()));
    }

    static CandidateDialog forCreate(TopicService topics, LongConsumer saved) {
        return new CandidateDialog(topics, null, saved);
    }

    static CandidateDialog forEdit(TopicService topics, CandidateDetails details, LongConsumer saved) {
        return new CandidateDialog(topics, details, saved);
    }

    private void showProposer(boolean known) {
        proposerName.setVisible(true);
        proposerEmail.setVisible(known);
        proposerPhone.setVisible(known);
        proposerSns.setVisible(known);
    }

    CandidateDraft draft() {
        return new CandidateDraft(title.getValue(), body.getValue(), source.getValue(), url.getValue(),
                submittedOn.getValue(), proposerKnown.getValue(), proposerName.getValue(), proposerEmail.getValue(),
                proposerPhone.getValue(), proposerSns.getValue(), Arrays.asList(tags.getValue().split(",")));
    }

    private void save() {
        if (editing != null && form.refusesSave(this::showConflict)) {
            return;
        }
        CandidateDraft d = draft();
        long[] id = {editing == null ? -1 : editing.id()};
        boolean ok = Actions.on(this).showAnyConflictWith(this::onConflict).run(() -> {
            if (editing == null) {
                id[0] = topics.create(d);
            } else {
                topics.update(editing.id(), form.latest().version(), d);
            }
        });
        if (ok) {
            close();
            saved.accept(id[0]);
        }
    }

    /**
     * The service refused a stale save: take in the latest, keep the user's input, mark what the other changed. A new
     * candidate has no one else's version to show: the plain conflict message, the form stays as typed.
     */
    private void onConflict(String who, String when) {
        if (editing == null) {
            Messages.showError(getTranslation("conflict.unknown"));
            return;
        }
        CandidateDetails latest = topics.get(editing.id());
        form.refresh(latest, latest.updatedByName(), latest.updatedAt());
        String[] named = Actions.whoAndWhen(this, who, when, latest.updatedByName(), latest.updatedAt());
        showConflict(named[0], named[1]);
    }

    private void showConflict(String who, String when) {
        conflictBox.removeAll();
        conflictBox.add(new Paragraph(form.conflictText("topic.conflict.form", who, when)));
        form.theirValues().forEach((label, value) -> {
            Paragraph p = new Paragraph(label + ": " + value);
            p.addClassName("conflict-value");
            conflictBox.add(p);
        });
        conflictBox.setVisible(true);
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
