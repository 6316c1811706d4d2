package kr.silheomjang.topic.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import kr.silheomjang.shared.StoredText;
import kr.silheomjang.topic.CandidateDraft;
import kr.silheomjang.topic.ImportField;
import kr.silheomjang.topic.ImportPreview;
import kr.silheomjang.topic.TopicImportService;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.KeepTyped;
import kr.silheomjang.ui.Messages;
import kr.silheomjang.ui.Uploads;

/**
 * Import with a preview: upload, see the suggested column for each field and change it, see every problem line in
 * Korean, then import all or nothing.
 */
class ImportDialog extends Dialog {

    final TextField source = new TextField();
    final Upload upload;
    final Map<ImportField, Select<String>> columns = new EnumMap<>(ImportField.class);
    final FormLayout mapping = new FormLayout();
    final Div result = new Div();
    final Button preview = new Button();
    final Button run = new Button();
    private final TopicImportService topics;
    private Uploads.@Nullable Received file;

    ImportDialog(TopicImportService topics) {
        this.topics = topics;
        setId("import-dialog");
        setHeaderTitle(getTranslation("topic.import.title"));
        setWidth("min(56rem, 96vw)");
        source.setLabel(getTranslation("topic.import.source"));
        source.setValue("Decidim");
        source.setId("import-source");
        upload = Uploads.single(TopicImportService.IMPORTS, "topic.import.pick", "topic.import.drop", f -> {
            file = f;
            columns.values().forEach(s -> s.setItems(List.of()));
            showPreview(true);
        });
        upload.setId("import-upload");
        upload.addFileRemovedListener(e -> {
            file = null;
            result.removeAll();
            run.setEnabled(false);
        });
        for (ImportField f : ImportField.values()) {
            Select<String> s = new Select<>();
            s.setLabel(getTranslation(f.messageKey()));
            s.setEmptySelectionAllowed(true);
            s.setEmptySelectionCaption(getTranslation("topic.import.noColumn"));
            s.setId("import-map-" + f.name());
            columns.put(f, s);
            mapping.add(s);
        }
        result.setId("import-result");
        preview.setText(getTranslation("topic.import.preview"));
        preview.setId("import-preview");
        preview.addClickListener(e -> showPreview(false));
        run.setText(getTranslation("topic.import.run"));
        run.setId("import-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setEnabled(false);
        run.addClickListener(e -> importAll());
        add(new Paragraph(getTranslation("topic.import.help")), source, upload, mapping, result);
        getFooter().add(new Button(getTranslation("topic.cancel"), e -> close()), preview, run);
        // A chosen file fills in the column choices: those, or a changed source, are worth a question.
        KeepTyped.guard(this, Stream.concat(Stream.of(source), columns.values().stream())
                .toArray(HasValue<?, ?>[]::new));
    }

    private Map<ImportField, String> chosen() {
        Map<ImportField, String> m = new EnumMap<>(ImportField.class);
        columns.forEach((f, s) -> {
            if (s.getValue() != null) {
                m.put(f, s.getValue());
            }
        });
        return m;
    }

    /** {@code suggest}: a new file, so the service suggests the mapping; otherwise the user's mapping is used. */
    void showPreview(boolean suggest) {
        Uploads.Received f = file;
        if (f == null) {
            return;
        }
        ImportPreview[] p = {null};
        if (!Actions.run(this, () -> p[0] = topics.previewImport(f.fileName(), f.bytes(), source.getValue(),
                suggest ? Map.of() : chosen()))) {
            run.setEnabled(false);
            return;
        }
        ImportPreview r = p[0];
        columns.forEach((field, s) -> {
            s.setItems(r.columns());
            s.setValue(r.mapping().get(field));
        });
        result.removeAll();
        result.add(new Paragraph(getTranslation("topic.import.summary", r.rows(), r.created(), r.updated())));
        if (!r.problems().isEmpty()) {
            result.add(new H4(getTranslation("topic.import.problems")));
            UnorderedList list = new UnorderedList();
            list.setId("import-problems");
            r.problems().stream().limit(50).forEach(problem -> list.add(new ListItem(getTranslation(
                    "topic.import.line", problem.line(), String.join(" ", problem.messageKeys().stream()
                            .map(this::getTranslation).toList())))));
            result.add(list);
        } else {
            UnorderedList sample = new UnorderedList();
            sample.setId("import-sample");
            for (CandidateDraft d : r.sample()) {
                sample.add(new ListItem(d.title() + (d.proposerName() == null ? "" : " · " + d.proposerName())));
            }
            result.add(sample);
        }
        if (!r.kept().isEmpty()) {
            result.add(new H4(getTranslation("topic.import.kept", r.kept().size())));
            UnorderedList kept = new UnorderedList();
            kept.setId("import-kept");
            for (ImportPreview.Kept k : r.kept()) {
                kept.add(new ListItem(getTranslation("topic.import.keptItem", k.title(), k.externalId(),
                        StoredText.show(k.editedBy(), this::getTranslation),
                        Formats.dateTime(k.editedAt(), getLocale()))));
            }
            result.add(kept);
        }
        run.setEnabled(r.problems().isEmpty() && r.rows() > 0);
    }

    private void importAll() {
        Uploads.Received f = file;
        if (f == null) {
            return;
        }
        ImportPreview[] p = {null};
        if (Actions.run(this, () -> p[0] = topics.importCandidates(f.fileName(), f.bytes(), source.getValue(),
                chosen()))) {
            Messages.showSuccess(p[0].kept().isEmpty()
                    ? getTranslation("topic.import.done", p[0].created(), p[0].updated())
                    : getTranslation("topic.import.doneKept", p[0].created(), p[0].updated(), p[0].kept().size()));
            close();
        } else {
            showPreview(false);
        }
    }
}
