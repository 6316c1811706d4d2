package kr.silheomjang.planning.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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

import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.planning.Board;
import kr.silheomjang.planning.CardDetails;
import kr.silheomjang.shared.StoredText;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.Uploads;
import kr.silheomjang.ui.DestructiveQuestion;
import kr.silheomjang.ui.Formats;

/**
 * The lower part of a card dialog: checklist, attachments, comments and history. Live changes by others re-render
 * these lists; a checklist item or one's own comment being edited in place ({@link InlineEdit}) stays as it is through
 * them, the very component in its place, and saves over the version it showed when editing began.
 */
final class CardActivity extends Div {

    /** How a list change runs: through the dialog, which re-reads the card and the board afterwards. */
    interface Act {
        void run(Runnable change, Runnable after);
    }

    private final BoardHost host;
    private final BoardServices services;
    private final long cardId;
    private final Act act;
    /** Reads the card again and shows it (the dialog's refresh, which also knows a card deleted meanwhile). */
    private final Runnable reload;
    /** What was rendered last, to render again when an edit begins or ends. */
    private CardDetails shown;
    /** The checklist items and comments being edited here, by id: kept across every re-render. */
    final Map<Long, InlineEdit> itemEdits = new LinkedHashMap<>();
    final Map<Long, InlineEdit> commentEdits = new LinkedHashMap<>();
    /** The edit buttons as rendered, by item or comment id: focus goes back to them when an edit ends. */
    final Map<Long, Button> itemEditButtons = new HashMap<>();
    final Map<Long, Button> commentEditButtons = new HashMap<>();
    /** The delete buttons of the comments this person may delete (their own; the owner's: all), by comment id. */
    final Map<Long, Button> commentDeleteButtons = new HashMap<>();

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

    CardActivity(BoardHost host, long cardId, Act act, Runnable reload) {
        this.host = host;
        this.services = host.services();
        this.cardId = cardId;
        this.act = act;
        this.reload = reload;
        long experimentId = host.experiment();
        progress.setId("card-progress");
        // a progress bar needs a name (axe: aria-progressbar-name)
        progress.getElement().setAttribute("aria-label", t("planning.checklist"));
        checklist.setId("card-checklist");
        checklist.addClassName("card-checklist");
        newItem.setPlaceholder(t("planning.checklist.new"));
        newItem.setAriaLabel(t("planning.checklist.new"));
        addItem.setText(t("planning.checklist.add"));
        addItem.addClickListener(e -> act.run(() -> services.checklist().addChecklistItem(experimentId, cardId,
                newItem.getValue()), newItem::clear));
        comments.setId("card-comments");
        comments.addClassName("card-comments");
        newComment.setPlaceholder(t("planning.comment.placeholder"));
        newComment.setAriaLabel(t("planning.comments"));
        newComment.setId("new-comment");
        newComment.setWidthFull();
        sendComment.setText(t("planning.comment.send"));
        sendComment.setId("send-comment");
        sendComment.addClickListener(e -> act.run(() -> services.comments().comment(experimentId, cardId,
                newComment.getValue()), newComment::clear));
        history.setId("card-history");
        history.addClassName("card-history");
        attachments.setId("card-attachments");
        // Read on the server within the limit, name and content checked (shared rules); the service checks again.
        upload = Uploads.single(services.attachments().attachmentPolicy(), "planning.upload.add", "planning.upload.drop",
                file -> act.run(() -> services.attachments().attach(experimentId, cardId, file.fileName(), file.contentType(),
                        file.bytes()), () -> { }));
        upload.setId("card-upload");
        Span uploadHint = new Span(t("planning.attachments.hint"));
        uploadHint.addClassName("card-hint");
        add(section("planning.checklist"), progress, checklist, new HorizontalLayout(newItem, addItem),
                section("planning.attachments"), attachments, upload, uploadHint,
                section("planning.comments"), comments, newComment, sendComment,
                section("planning.history"), history);
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    private H4 section(String key) {
        H4 h = new H4(t(key));
        h.addClassName("card-section");
        return h;
    }

    void editable(boolean editable) {
        newItem.setVisible(editable);
        addItem.setVisible(editable);
        upload.setVisible(editable);
    }

    void render(CardDetails d) {
        shown = d;
        long experimentId = host.experiment();
        progress.setValue(d.checklist().isEmpty() ? 0 : (double) d.checklistDone() / d.checklist().size());
        progress.setVisible(!d.checklist().isEmpty());
        List<Component> items = new ArrayList<>();
        itemEditButtons.clear();
        Map<Long, Row> nextItems = new HashMap<>();
        for (CardDetails.ChecklistLine line : d.checklist()) {
            InlineEdit editing = itemEdits.get(line.id());
            if (editing != null) {
                // Its text changed meanwhile (a tick does not count): said under the editor, the typed text kept.
                editing.newerSaved(line.version(), changedLive(line.editedBy()));
                items.add(editing);
                continue;
            }
            List<Object> key = List.of(line, d.canEdit());
            Row row = itemRows.get(line.id());
            if (row == null || !row.key().equals(key)) {
                row = itemRow(line, d.canEdit(), key);
            }
            nextItems.put(line.id(), row);
            items.add(row.row());
            if (row.edit() != null) {
                itemEditButtons.put(line.id(), row.edit());
            }
        }
        itemRows.clear();
        itemRows.putAll(nextItems);
        // An item removed while being edited here stays, with what was typed, saying so, until cancelled.
        for (InlineEdit editing : itemEdits.values()) {
            if (!items.contains(editing)) {
                editing.gone(t("planning.checklist.editGone"));
                items.add(editing);
            }
        }
        keep(checklist, items);
        List<Component> shownComments = new ArrayList<>();
        commentEditButtons.clear();
        Map<Long, Row> nextComments = new HashMap<>();
        commentDeleteButtons.clear();
        long me = host.currentBoard().myUserId();
        // The owner may delete anyone's comment (moderation; the service decides, this only offers it).
        boolean owner = host.currentBoard().myRole() == MemberRole.OWNER;
        List<String> names = host.currentBoard().members().stream().map(Board.Person::displayName).toList();
        for (CardDetails.Comment c : d.comments()) {
            InlineEdit editing = commentEdits.get(c.id());
            if (editing != null) {
                // Changed meanwhile: its author's other tab (named) or the personal-data erasure (no name).
                editing.newerSaved(c.version(), changedLive(c.editedAt() == null ? null : c.authorName()));
                shownComments.add(editing);
                continue;
            }
            List<Object> key = List.of(c, c.authorId() == me, owner, names);
            Row row = commentRows.get(c.id());
            if (row == null || !row.key().equals(key)) {
                row = commentRow(c, c.authorId() == me, owner, key);
            }
            nextComments.put(c.id(), row);
            shownComments.add(row.row());
            if (row.edit() != null) {
                commentEditButtons.put(c.id(), row.edit());
            }
            if (row.delete() != null) {
                commentDeleteButtons.put(c.id(), row.delete());
            }
        }
        commentRows.clear();
        commentRows.putAll(nextComments);
        for (InlineEdit editing : commentEdits.values()) {
            if (!shownComments.contains(editing)) {
                editing.gone(t("planning.comment.editGone"));
                shownComments.add(editing);
            }
        }
        keep(comments, shownComments);
        history.removeAll();
        for (CardDetails.HistoryLine h : d.history()) {
            Div line = new Div(new Span(Formats.dateTime(h.at(), getLocale()) + " · "
                    + t("planning.history." + h.action(), actor(h.actorName()), historyDetail(h))));
            line.addClassName("card-history-line");
            history.add(line);
        }
        attachments.removeAll();
        for (CardDetails.Attachment a : d.attachments()) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = services.attachments().attachmentBytes(experimentId, cardId, a.id());
                return new DownloadResponse(new ByteArrayInputStream(bytes), a.fileName(), a.contentType(),
                        bytes.length);
            }), a.fileName());
            link.getElement().setAttribute("download", true);
            Span meta = new Span(" " + (a.sizeBytes() / 1024 + 1) + " KB · " + shown(a.uploadedByName()));
            Div row = new Div(link, meta);
            if (d.canEdit()) {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> DestructiveQuestion.ask(this,
                        "planning.attachment.removeQuestion", "attachment-remove-keep", () -> act.run(
                                () -> services.attachments().removeAttachment(experimentId, cardId, a.id()), () -> { }),
                        a.fileName()));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                // Not the bare file name: that is the download link's name beside it.
                remove.setAriaLabel(t("planning.attachment.removeOf", a.fileName()));
                row.add(remove);
            }
            attachments.add(row);
        }
    }

    /**
     * One rendered line or comment: what it showed ({@code key}), its component, its edit button and (a comment) its
     * delete button, if any.
     */
    record Row(List<Object> key, Component row, @org.jspecify.annotations.Nullable Button edit,
            @org.jspecify.annotations.Nullable Button delete) {
    }

    /**
     * The rows as rendered last, by id: a row whose line or comment did not change is kept as it is, so a live
     * update elsewhere in the card leaves a keyboard user's focus on it (an edit button, a checkbox) where it was.
     */
    private final Map<Long, Row> itemRows = new HashMap<>();
    private final Map<Long, Row> commentRows = new HashMap<>();

    private Row itemRow(CardDetails.ChecklistLine line, boolean canEdit, List<Object> key) {
        long experimentId = host.experiment();
        Checkbox box = new Checkbox(line.text(), line.done());
        box.setReadOnly(!canEdit);
        box.getElement().setAttribute("data-item-id", String.valueOf(line.id()));
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                // Drawn anew next time, whatever the tick's outcome: the browser's box may differ from the line now.
                itemRows.remove(line.id());
                act.run(() -> services.checklist().tick(experimentId, cardId, line.id(), e.getValue()), () -> { });
            }
        });
        HorizontalLayout item = new HorizontalLayout(box);
        item.addClassName("card-checklist-item");
        Button edit = null;
        if (canEdit) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> act.run(
                    () -> services.checklist().removeChecklistItem(experimentId, cardId, line.id()), () -> { }));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(t("planning.checklist.removeOf", line.text()));
            edit = new Button(VaadinIcon.EDIT.create(), e -> startItemEdit(line));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(t("planning.checklist.editOf", line.text()));
            edit.addClassName("card-edit-item");
            item.add(edit, remove);
        }
        return new Row(key, item, edit, null);
    }

    private Row commentRow(CardDetails.Comment c, boolean mine, boolean owner, List<Object> key) {
        Div comment = new Div();
        comment.addClassName("card-comment");
        Span who = new Span(shown(c.authorName()) + " · " + Formats.dateTime(c.at(), getLocale())
                + (c.editedAt() == null ? "" : " " + t("planning.comment.edited")));
        who.addClassName("card-comment-meta");
        Div body = new Div();
        body.addClassName("card-comment-body");
        renderMentions(body, shown(c.body()));
        comment.add(who, body);
        Button edit = null;
        // Only its author edits a comment; nobody else is offered it (and the service refuses them too).
        if (mine) {
            edit = new Button(VaadinIcon.EDIT.create(), e -> startCommentEdit(c));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(t("planning.comment.editOf", snippet(shown(c.body()))));
            edit.addClassName("card-edit-comment");
            who.add(edit);
        }
        Button delete = null;
        if (mine || owner) {
            delete = new Button(VaadinIcon.TRASH.create(), e -> askDeleteComment(c, mine));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(mine ? t("planning.comment.deleteOf", snippet(shown(c.body())))
                    : t("planning.comment.removeOf", shown(c.authorName()), snippet(shown(c.body()))));
            delete.addClassName("card-delete-comment");
            who.add(delete);
        }
        return new Row(key, comment, edit, delete);
    }

    /**
     * Asks before deleting a comment (the safe answer focused); the deletion goes over the version shown on the row, so
     * a comment its author changed while the question was open is not deleted unseen.
     */
    void askDeleteComment(CardDetails.Comment c, boolean mine) {
        Runnable delete = () -> deleteComment(c);
        if (mine) {
            DestructiveQuestion.ask(this, "planning.comment.deleteQuestion", "comment-delete-keep", delete,
                    snippet(shown(c.body())));
        } else {
            DestructiveQuestion.ask(this, "planning.comment.removeQuestion", "comment-delete-keep", delete,
                    shown(c.authorName()), snippet(shown(c.body())));
        }
    }

    /**
     * Deletes the comment as shown. Edited since: refused, naming its author, and the card read again to show the new
     * text; gone already: said so. Afterwards the focus goes to the comment field (the button it was on is gone).
     */
    void deleteComment(CardDetails.Comment c) {
        long experimentId = host.experiment();
        boolean deleted = Actions.on(this).conflictMessage("planning.comment.deleteConflict").afterConflict(reload)
                .afterRefusal(reload)
                .run(() -> services.comments().deleteComment(experimentId, cardId, c.id(), c.version()));
        if (deleted) {
            reload.run();
            host.refreshBoard();
            newComment.focus();
        }
    }

    /** What an open editor says when the text it edits was saved anew by someone else meanwhile. */
    private String changedLive(@org.jspecify.annotations.Nullable String by) {
        return by == null ? t("planning.edit.changedLiveUnnamed") : t("planning.edit.changedLive", shown(by));
    }

    /**
     * Makes {@code rows} the children of {@code list}, in that order, without taking out those already in it: an
     * item being edited keeps its very element in the browser (its focus and whatever was typed into it).
     */
    private static void keep(Div list, List<Component> rows) {
        list.getChildren().filter(c -> !rows.contains(c)).toList().forEach(list::remove);
        for (int i = 0; i < rows.size(); i++) {
            Component row = rows.get(i);
            if (list.getChildren().skip(i).findFirst().orElse(null) != row) {
                list.addComponentAtIndex(i, row);
            }
        }
    }

    /** A comment as an edit button names it: its first words. */
    private static String snippet(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 30 ? line : line.substring(0, 29) + "\u2026";
    }

    void startItemEdit(CardDetails.ChecklistLine line) {
        InlineEdit edit = new InlineEdit(line.id(), line.version(), line.text(), false,
                t("planning.checklist.editField", line.text()), t("planning.edit.hint"), this::saveItem,
                () -> stopItemEdit(line.id(), false));
        edit.setId("edit-item-" + line.id());
        itemEdits.put(line.id(), edit);
        render(shown);
        edit.focus();
    }

    /** Ends editing an item, back to its line (read again after a save), focus on its edit button. */
    void stopItemEdit(long itemId, boolean saved) {
        itemEdits.remove(itemId);
        if (saved) {
            reload.run();
        } else {
            render(shown);
        }
        Optional.ofNullable(itemEditButtons.get(itemId)).ifPresent(Button::focus);
    }

    void startCommentEdit(CardDetails.Comment c) {
        InlineEdit edit = new InlineEdit(c.id(), c.version(), c.body(), true, t("planning.comment.editField"),
                t("planning.comment.editHint"), this::saveComment, () -> stopCommentEdit(c.id(), false));
        edit.setId("edit-comment-" + c.id());
        commentEdits.put(c.id(), edit);
        render(shown);
        edit.focus();
    }

    void stopCommentEdit(long commentId, boolean saved) {
        commentEdits.remove(commentId);
        if (saved) {
            reload.run();
        } else {
            render(shown);
        }
        Optional.ofNullable(commentEditButtons.get(commentId)).ifPresent(Button::focus);
    }

    /**
     * Saves an item's new text over the version its editor showed. A co-planner's change since: refused, named in the
     * editor with what is saved now, the typed text kept, the dialog read again; removed since: said so.
     */
    boolean saveItem(InlineEdit edit) {
        long experimentId = host.experiment();
        boolean saved = saving(edit, "planning.checklist.editConflict",
                latest -> latest.checklist().stream().filter(l -> l.id() == edit.id).findFirst()
                        .map(l -> new Object[] {l.version(), l.text()}),
                () -> services.checklist().editChecklistItem(experimentId, cardId, edit.id, edit.basedOn(),
                        edit.text()));
        if (saved) {
            stopItemEdit(edit.id, true);
        }
        return saved;
    }

    /** Saves one's own comment over the version its editor showed; told and kept as for an item. */
    boolean saveComment(InlineEdit edit) {
        long experimentId = host.experiment();
        boolean saved = saving(edit, "planning.comment.editConflict",
                latest -> latest.comments().stream().filter(c -> c.id() == edit.id).findFirst()
                        .map(c -> new Object[] {c.version(), shown(c.body())}),
                () -> services.comments().editComment(experimentId, cardId, edit.id, edit.basedOn(), edit.text()));
        if (saved) {
            stopCommentEdit(edit.id, true);
        }
        return saved;
    }

    /**
     * Runs an edit's save: a refused text marks the field; a conflict reads the card again and tells the editor who
     * changed it first (or, when the database could not say, that it changed), with the text saved now; the dialog
     * shows the latest lists either way. {@code now} finds the row's version and text in the card read again.
     */
    private boolean saving(InlineEdit edit, String conflictKey,
            java.util.function.Function<CardDetails, Optional<Object[]>> now, Runnable change) {
        String[] by = new String[2];
        return Actions.on(this)
                .showConflictWith((who, when) -> {
                    by[0] = who;
                    by[1] = when;
                })
                .afterConflict(() -> {
                    reload.run();
                    now.apply(shown).ifPresent(row -> edit.changedMeanwhile((Long) row[0], by[0] == null
                            ? t("planning.edit.changed", row[1]) : t(conflictKey, by[0], by[1], row[1])));
                })
                .onInvalid(keys -> {
                    String message = String.join(" ", keys.stream().map(this::t).toList());
                    if (keys.contains("planning.error.checklistItemGone")
                            || keys.contains("planning.error.commentGone")) {
                        edit.gone(message);
                    } else {
                        edit.invalid(message);
                    }
                })
                .afterRefusal(reload)
                .run(change);
    }

    /** Shows "@이름" of members highlighted; everything stays text (no HTML from users). */
    private void renderMentions(Div target, String text) {
        List<String> names = host.currentBoard().members().stream().map(Board.Person::displayName)
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

    /** A stored text as this reader reads it (a marker or an erasure translated; see {@link StoredText}). */
    private String shown(String stored) {
        return StoredText.show(stored, this::getTranslation);
    }

    /**
     * Who wrote a history line: a marker translated; rows stored before the marker name the app in Korean, and are
     * translated here rather than migrated (decision 0042: old rows stay as stored).
     */
    String actor(String stored) {
        return stored.equals(getTranslation(Locale.KOREAN, SYSTEM_ACTOR)) ? t(SYSTEM_ACTOR) : shown(stored);
    }

    /** The key of the app's own name as an actor (the seeded board's; planning.internal.BoardSeeder). */
    private static final String SYSTEM_ACTOR = "stored.actor.system";

    /**
     * A history line's detail in the UI's language where it holds the app's words: an edit's changed fields' keys
     * ("description,due") as their names, a move's columns ("할 일 → 진행 중", or the one column of a move within it)
     * and a template's name while still as seeded. Old rows are stored the same way, so they read translated too.
     */
    String historyDetail(CardDetails.HistoryLine h) {
        if (h.detail() == null) {
            return "";
        }
        return switch (h.action()) {
            case "UPDATED" -> java.util.Arrays.stream(h.detail().split(",")).map(String::strip)
                    .map(f -> t("planning.history.field." + f)).collect(java.util.stream.Collectors.joining(", "));
            case "MOVED" -> {
                String[] columns = h.detail().split(MOVE_ARROW, -1);
                // A column whose own name holds the arrow cannot be told apart: shown as stored.
                yield columns.length > 2 ? h.detail() : java.util.Arrays.stream(columns)
                        .map(c -> ColumnNames.shown(this, c)).collect(java.util.stream.Collectors.joining(MOVE_ARROW));
            }
            case "CREATED" -> TemplateNames.shown(this, h.detail());
            // Whose comment the owner deleted: a name, shown as stored names are.
            case "COMMENT_REMOVED" -> shown(h.detail());
            default -> h.detail();
        };
    }

    /** Between the two columns of a stored move (CardPlacement writes "from → to"). */
    private static final String MOVE_ARROW = " → ";
}
