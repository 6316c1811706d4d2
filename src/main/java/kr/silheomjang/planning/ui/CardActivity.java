package kr.silheomjang.planning.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

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

import kr.silheomjang.planning.Board;
import kr.silheomjang.planning.CardDetails;
import kr.silheomjang.shared.StoredText;
import kr.silheomjang.ui.Uploads;
import kr.silheomjang.ui.DestructiveQuestion;
import kr.silheomjang.ui.Formats;

/**
 * The lower part of a card dialog: checklist, attachments, comments and history. Each is its own small change (no
 * version to keep), so live changes by others simply re-render these lists.
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

    CardActivity(BoardHost host, long cardId, Act act) {
        this.host = host;
        this.services = host.services();
        this.cardId = cardId;
        this.act = act;
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
        long experimentId = host.experiment();
        progress.setValue(d.checklist().isEmpty() ? 0 : (double) d.checklistDone() / d.checklist().size());
        progress.setVisible(!d.checklist().isEmpty());
        checklist.removeAll();
        for (CardDetails.ChecklistLine line : d.checklist()) {
            Checkbox box = new Checkbox(line.text(), line.done());
            box.setReadOnly(!d.canEdit());
            box.getElement().setAttribute("data-item-id", String.valueOf(line.id()));
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    act.run(() -> services.checklist().tick(experimentId, cardId, line.id(), e.getValue()), () -> { });
                }
            });
            HorizontalLayout item = new HorizontalLayout(box);
            item.addClassName("card-checklist-item");
            if (d.canEdit()) {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> act.run(
                        () -> services.checklist().removeChecklistItem(experimentId, cardId, line.id()), () -> { }));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                remove.setAriaLabel(t("planning.checklist.removeOf", line.text()));
                item.add(remove);
            }
            checklist.add(item);
        }
        comments.removeAll();
        for (CardDetails.Comment c : d.comments()) {
            Div comment = new Div();
            comment.addClassName("card-comment");
            Span who = new Span(shown(c.authorName()) + " · " + Formats.dateTime(c.at(), getLocale()));
            who.addClassName("card-comment-meta");
            Div body = new Div();
            body.addClassName("card-comment-body");
            renderMentions(body, shown(c.body()));
            comment.add(who, body);
            comments.add(comment);
        }
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
            default -> h.detail();
        };
    }

    /** Between the two columns of a stored move (CardPlacement writes "from → to"). */
    private static final String MOVE_ARROW = " → ";
}
