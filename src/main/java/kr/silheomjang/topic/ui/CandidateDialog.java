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
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import kr.silheomjang.topic.CandidateDetails;
import kr.silheomjang.topic.CandidateDraft;
import kr.silheomjang.topic.TopicService;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.Formats;

/**
 * Adds a candidate to the pool or edits one. A stale save is refused by the service with who changed it; the dialog
 * stays open with the user's input.
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

    private final TopicService topics;
    private final @Nullable CandidateDetails editing;
    private final LongConsumer saved;
    /** The version the next save is checked against: after a conflict, the other person's (the input is kept). */
    private long version;

    private CandidateDialog(TopicService topics, @Nullable CandidateDetails editing, LongConsumer saved) {
        this.topics = topics;
        this.editing = editing;
        this.saved = saved;
        this.version = editing == null ? -1 : editing.version();
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
        proposerKnown.addValueChangeListener(e -> showProposer(e.getValue()));

        FormLayout form = new FormLayout(title, source, body, url, submittedOn, tags, proposerKnown, proposerName,
                proposerEmail, proposerPhone, proposerSns);
        form.setColspan(title, 2);
        form.setColspan(body, 2);
        form.setColspan(proposerKnown, 2);
        add(form);
        setWidth("min(48rem, 96vw)");

        save.setText(getTranslation("topic.save"));
        save.setId("candidate-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("topic.cancel"), e -> close()), save);

        if (editing != null) {
            fill(editing.draft());
        } else {
            showProposer(false);
        }
    }

    static CandidateDialog forCreate(TopicService topics, LongConsumer saved) {
        return new CandidateDialog(topics, null, saved);
    }

    static CandidateDialog forEdit(TopicService topics, CandidateDetails details, LongConsumer saved) {
        return new CandidateDialog(topics, details, saved);
    }

    private void fill(CandidateDraft d) {
        title.setValue(d.title());
        body.setValue(d.body());
        source.setValue(d.sourcePlatform());
        url.setValue(nz(d.sourceUrl()));
        submittedOn.setValue(d.submittedOn());
        proposerKnown.setValue(d.proposerKnown());
        proposerName.setValue(nz(d.proposerName()));
        proposerEmail.setValue(nz(d.proposerEmail()));
        proposerPhone.setValue(nz(d.proposerPhone()));
        proposerSns.setValue(nz(d.proposerSns()));
        tags.setValue(String.join(", ", d.tags()));
        showProposer(d.proposerKnown());
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
        CandidateDraft d = draft();
        long[] id = {editing == null ? -1 : editing.id()};
        boolean ok = Actions.on(this).conflictMessage("topic.conflict")
                .afterConflict(() -> version = topics.get(id[0]).version()).run(() -> {
            if (editing == null) {
                id[0] = topics.create(d);
            } else {
                topics.update(editing.id(), version, d);
            }
        });
        if (ok) {
            close();
            saved.accept(id[0]);
        }
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
