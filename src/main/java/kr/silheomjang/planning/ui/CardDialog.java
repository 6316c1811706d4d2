package kr.silheomjang.planning.ui;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import kr.silheomjang.planning.Board;
import kr.silheomjang.planning.CardDetails;
import kr.silheomjang.planning.CardDraft;
import kr.silheomjang.planning.PlanningService;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.Messages;

/**
 * A card opened over the board. Live changes by others refresh the checklist, comments, history and attachments at
 * once; the editable fields follow too unless the user is typing in them, in which case their text stays and a save
 * with the old version is refused as a conflict naming who saved first.
 */
final class CardDialog extends Dialog {

    final long cardId;
    private final BoardView board;
    private final PlanningService planning;
    CardDetails loaded;

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Div preview = new Div();
    final ComboBox<String> category = new ComboBox<>();
    final MultiSelectComboBox<Long> assignees = new MultiSelectComboBox<>();
    final DatePicker due = new DatePicker();
    final TextField labels = new TextField();
    final Button save = new Button();
    final Button delete = new Button();
    final Span columnInfo = new Span();
    final Span viewers = new Span();
    final Div conflictBox = new Div();
    final Span readOnlyNote = new Span();
    final ProgressBar progress = new ProgressBar();
    final Div checklist = new Div();
    final TextField newItem = new TextField();
    final Button addItem = new Button();
    final Div comments = new Div();
    final TextArea newComment = new TextArea();
    final Button sendComment = new Button();
    final Div history = new Div();
    final Div attachments = new Div();
    final Upload upload;

    CardDialog(BoardView board, PlanningService planning, long cardId) {
        this.board = board;
        this.planning = planning;
        this.cardId = cardId;
        setId("card-dialog");
        addClassName("card-dialog");
        setWidth("min(56rem, 100vw)");
        setMaxHeight("100vh");
        setCloseOnOutsideClick(false);
        setDraggable(false);

        title.setLabel(t("planning.field.title"));
        title.setId("card-title");
        title.setWidthFull();
        description.setLabel(t("planning.field.description"));
        description.setId("card-description");
        description.setWidthFull();
        description.setMinHeight("7rem");
        description.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        description.addValueChangeListener(e -> renderPreview(e.getValue()));
        preview.addClassName("card-preview");
        preview.setId("card-preview");
        category.setLabel(t("planning.field.category"));
        category.setId("card-category");
        category.setAllowCustomValue(true);
        category.addCustomValueSetListener(e -> category.setValue(e.getDetail()));
        assignees.setLabel(t("planning.field.assignees"));
        assignees.setId("card-assignees");
        due.setLabel(t("planning.field.due"));
        due.setId("card-due");
        Formats.localize(due, getLocale());
        labels.setLabel(t("planning.field.labels"));
        labels.setId("card-labels");
        conflictBox.setId("card-conflict");
        conflictBox.addClassName("card-conflict");
        conflictBox.setVisible(false);
        readOnlyNote.setText(t("planning.readOnly"));
        readOnlyNote.addClassName("card-readonly");
        viewers.addClassName("kanban-viewers");
        viewers.setId("card-viewers");
        columnInfo.addClassName("card-column");

        save.setText(t("planning.save"));
        save.setId("save-card");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        delete.setText(t("planning.delete"));
        delete.setId("delete-card");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> {
            if (board.guarded(() -> planning.deleteCard(board.experimentId, cardId))) {
                close();
            }
        });
        Button closeButton = new Button(t("planning.close"), e -> close());
        closeButton.setId("close-card");

        progress.setId("card-progress");
        checklist.setId("card-checklist");
        checklist.addClassName("card-checklist");
        newItem.setPlaceholder(t("planning.checklist.new"));
        newItem.setAriaLabel(t("planning.checklist.new"));
        addItem.setText(t("planning.checklist.add"));
        addItem.addClickListener(e -> act(() -> planning.addChecklistItem(board.experimentId, cardId,
                newItem.getValue()), () -> newItem.clear()));
        comments.setId("card-comments");
        comments.addClassName("card-comments");
        newComment.setPlaceholder(t("planning.comment.placeholder"));
        newComment.setAriaLabel(t("planning.comments"));
        newComment.setId("new-comment");
        newComment.setWidthFull();
        sendComment.setText(t("planning.comment.send"));
        sendComment.setId("send-comment");
        sendComment.addClickListener(e -> act(() -> planning.comment(board.experimentId, cardId,
                newComment.getValue()), () -> newComment.clear()));
        history.setId("card-history");
        history.addClassName("card-history");
        attachments.setId("card-attachments");
        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> act(
                () -> planning.attach(board.experimentId, cardId, meta.fileName(), meta.contentType(), bytes),
                () -> { }))));
        upload.setMaxFiles(1);
        com.vaadin.flow.component.upload.UploadI18N uploadTexts = new com.vaadin.flow.component.upload.UploadI18N();
        uploadTexts.setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles()
                .setOne(t("planning.upload.add")));
        uploadTexts.setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles()
                .setOne(t("planning.upload.drop")));
        upload.setI18n(uploadTexts);
        upload.setId("card-upload");
        Span uploadHint = new Span(t("planning.attachments.hint"));
        uploadHint.addClassName("card-hint");

        HorizontalLayout row = new HorizontalLayout(category, assignees, due, labels);
        row.setWrap(true);
        row.setWidthFull();
        Div main = new Div(conflictBox, readOnlyNote, title, row, description, preview,
                section("planning.checklist"), progress, checklist, new HorizontalLayout(newItem, addItem),
                section("planning.attachments"), attachments, upload, uploadHint,
                section("planning.comments"), comments, newComment, sendComment,
                section("planning.history"), history);
        main.addClassName("card-dialog-body");
        HorizontalLayout header = new HorizontalLayout(columnInfo, viewers);
        header.setWrap(true);
        add(header, main);
        getFooter().add(delete, closeButton, save);

        loaded = planning.card(board.experimentId, cardId);
        fillFields(loaded);
        renderLists(loaded);
    }

    private String t(String key, Object... args) {
        return board.getTranslation(key, args);
    }

    private H4 section(String key) {
        H4 h = new H4(t(key));
        h.addClassName("card-section");
        return h;
    }

    private void fillFields(CardDetails d) {
        Board b = board.board;
        setHeaderTitle(d.title());
        title.setValue(d.title());
        description.setValue(d.description());
        renderPreview(d.description());
        category.setItems(b.categoriesInUse());
        category.setValue(d.category().isEmpty() ? null : d.category());
        assignees.setItems(b.members().stream().map(Board.Person::userId).toList());
        assignees.setItemLabelGenerator(b::nameOf);
        assignees.setValue(d.assigneeIds());
        due.setValue(d.due());
        labels.setValue(String.join(", ", d.labels()));
        boolean editable = d.canEdit();
        for (var f : List.of(title, description, labels)) {
            f.setReadOnly(!editable);
        }
        category.setReadOnly(!editable);
        due.setReadOnly(!editable);
        assignees.setReadOnly(!b.canManage());
        save.setVisible(editable);
        delete.setVisible(b.canManage());
        readOnlyNote.setVisible(!editable);
        newItem.setVisible(editable);
        addItem.setVisible(editable);
        upload.setVisible(editable);
    }

    private void renderPreview(String markdown) {
        preview.getElement().setProperty("innerHTML", kr.silheomjang.planning.Markdown.toSafeHtml(markdown));
        preview.setVisible(markdown != null && !markdown.isBlank());
    }

    private void renderLists(CardDetails d) {
        columnInfo.setText(t("planning.field.column", d.columnName()));
        progress.setValue(d.checklist().isEmpty() ? 0 : (double) d.checklistDone() / d.checklist().size());
        progress.setVisible(!d.checklist().isEmpty());
        checklist.removeAll();
        for (CardDetails.ChecklistLine line : d.checklist()) {
            Checkbox box = new Checkbox(line.text(), line.done());
            box.setReadOnly(!d.canEdit());
            box.getElement().setAttribute("data-item-id", String.valueOf(line.id()));
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    act(() -> planning.tick(board.experimentId, cardId, line.id(), e.getValue()), () -> { });
                }
            });
            HorizontalLayout item = new HorizontalLayout(box);
            item.addClassName("card-checklist-item");
            if (d.canEdit()) {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> act(
                        () -> planning.removeChecklistItem(board.experimentId, cardId, line.id()), () -> { }));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                remove.setAriaLabel(line.text());
                item.add(remove);
            }
            checklist.add(item);
        }
        comments.removeAll();
        for (CardDetails.Comment c : d.comments()) {
            Div comment = new Div();
            comment.addClassName("card-comment");
            Span who = new Span(c.authorName() + " · " + Formats.dateTime(c.at(), getLocale()));
            who.addClassName("card-comment-meta");
            Div body = new Div();
            body.addClassName("card-comment-body");
            renderMentions(body, c.body());
            comment.add(who, body);
            comments.add(comment);
        }
        history.removeAll();
        for (CardDetails.HistoryLine h : d.history()) {
            Div line = new Div(new Span(Formats.dateTime(h.at(), getLocale()) + " · "
                    + t("planning.history." + h.action(), h.actorName(), h.detail() == null ? "" : h.detail())));
            line.addClassName("card-history-line");
            history.add(line);
        }
        attachments.removeAll();
        for (CardDetails.Attachment a : d.attachments()) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = planning.attachmentBytes(board.experimentId, cardId, a.id());
                return new DownloadResponse(new ByteArrayInputStream(bytes), a.fileName(), a.contentType(),
                        bytes.length);
            }), a.fileName());
            link.getElement().setAttribute("download", true);
            Span meta = new Span(" " + (a.sizeBytes() / 1024 + 1) + " KB · " + a.uploadedByName());
            Div row = new Div(link, meta);
            if (d.canEdit()) {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> act(
                        () -> planning.removeAttachment(board.experimentId, cardId, a.id()), () -> { }));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(a.fileName());
                row.add(remove);
            }
            attachments.add(row);
        }
    }

    /** Shows "@이름" of members highlighted; everything stays text (no HTML from users). */
    private void renderMentions(Div target, String text) {
        List<String> names = board.board.members().stream().map(Board.Person::displayName)
                .sorted((a, b) -> b.length() - a.length()).toList();
        int i = 0;
        StringBuilder plain = new StringBuilder();
        outer:
        while (i < text.length()) {
            if (text.charAt(i) == '@') {
                for (String n : names) {
                    if (text.startsWith(n, i + 1)) {
                        if (!plain.isEmpty()) {
                            target.add(new Span(plain.toString()));
                            plain.setLength(0);
                        }
                        Span mention = new Span("@" + n);
                        mention.addClassName("mention");
                        target.add(mention);
                        i += n.length() + 1;
                        continue outer;
                    }
                }
            }
            plain.append(text.charAt(i++));
        }
        if (!plain.isEmpty()) {
            target.add(new Span(plain.toString()));
        }
    }

    void showViewers(List<String> names) {
        viewers.setText(names.isEmpty() ? "" : t("planning.viewing", String.join(", ", names)));
    }

    CardDraft draft() {
        List<String> labelList = Arrays.stream(labels.getValue().split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        Set<Long> who = assignees.getValue() == null ? Set.of() : Set.copyOf(assignees.getValue());
        return new CardDraft(title.getValue(), description.getValue(), category.getValue(), due.getValue(), who,
                labelList);
    }

    boolean dirty() {
        CardDraft now = draft();
        CardDraft was = CardDraft.of(loaded);
        return !now.title().equals(was.title()) || !now.description().equals(was.description())
                || !now.category().equals(was.category()) || !Objects.equals(now.due(), was.due())
                || !now.assigneeIds().equals(was.assigneeIds())
                || !Set.copyOf(now.labels()).equals(Set.copyOf(was.labels()));
    }

    void save() {
        boolean saved = Actions.on(board).showConflictWith((who, when) -> {
            // Keep what the user typed; take the latest version so that a second save, made knowingly, goes through.
            conflictBox.setText(t("planning.conflict", who, when));
            conflictBox.setVisible(true);
            CardDetails latest = planning.card(board.experimentId, cardId);
            loaded = latest;
            renderLists(latest);
        }).run(() -> planning.updateCard(board.experimentId, cardId, loaded.version(), draft()));
        if (saved) {
            conflictBox.setVisible(false);
            loaded = planning.card(board.experimentId, cardId);
            fillFields(loaded);
            renderLists(loaded);
            Messages.showSuccess(t("planning.saved"));
            board.refresh();
        }
    }

    /** Someone changed the card: lists follow at once; fields follow only if the user has not touched them. */
    void refresh() {
        CardDetails latest;
        try {
            latest = planning.card(board.experimentId, cardId);
        } catch (UserFacingException | AccessDeniedException gone) {
            close();
            return;
        }
        if (latest.version() != loaded.version()) {
            if (dirty()) {
                conflictBox.setText(t("planning.changedMeanwhile", latest.updatedByName()));
                conflictBox.setVisible(true);
            } else {
                loaded = latest;
                fillFields(latest);
            }
        }
        renderLists(latest);
    }

    private void act(Runnable change, Runnable after) {
        if (Actions.run(board, change)) {
            after.run();
            renderLists(planning.card(board.experimentId, cardId));
            board.refresh();
        }
    }

    @SuppressWarnings("unused")
    private static Set<Long> ids(List<Board.Person> people) {
        return people.stream().map(Board.Person::userId).collect(Collectors.toSet());
    }
}
