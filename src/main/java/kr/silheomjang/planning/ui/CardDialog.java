package kr.silheomjang.planning.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import kr.silheomjang.ui.ComponentTexts;
import kr.silheomjang.planning.Board;
import kr.silheomjang.planning.CardDetails;
import kr.silheomjang.planning.CardDraft;
import kr.silheomjang.planning.Markdown;
import kr.silheomjang.planning.PlanningService;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.DestructiveQuestion;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.KeepTyped;
import kr.silheomjang.ui.LiveForm;
import kr.silheomjang.ui.Messages;

/**
 * A card opened over the board. Its fields are a {@link LiveForm}: what others save arrives in the fields the user has
 * not touched; a field the user is editing keeps their text, is marked with who changed it and their value, and the
 * save waits until the user takes theirs or keeps their own. The lists below ({@link CardActivity}) follow at once.
 */
final class CardDialog extends Dialog {

    final long cardId;
    private final BoardHost host;
    private final PlanningService planning;
    final LiveForm<CardDetails> form;

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Div preview = new Div();
    final ComboBox<String> category = new ComboBox<>();
    final MultiSelectComboBox<Long> assignees = ComponentTexts.localize(new MultiSelectComboBox<>());
    final DatePicker due = new DatePicker();
    final TextField labels = new TextField();
    final Button save = new Button();
    final Button delete = new Button();
    final Span columnInfo = new Span();
    final Div conflictBox = new Div();
    final Span readOnlyNote = new Span();
    final CardActivity activity;
    final Div comments;
    final TextArea newComment;
    final Button sendComment;

    CardDialog(BoardHost host, long cardId) {
        this.host = host;
        this.planning = host.services().cards();
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
        columnInfo.addClassName("card-column");

        form = LiveForm.<CardDetails>of(this)
                .bind("title", title, CardDetails::title)
                .bind("description", description, CardDetails::description)
                .bind("category", category, d -> d.category().isEmpty() ? null : d.category())
                .bind("assignees", assignees, CardDetails::assigneeIds, ids -> ids.stream()
                        .map(id -> host.currentBoard().nameOf(id)).collect(Collectors.joining(", ")))
                .bind("due", due, CardDetails::due, d -> d == null ? "" : Formats.date(d, getLocale()))
                .bind("labels", labels, d -> String.join(", ", d.labels()))
                .presence(host.formPresence("card:" + cardId))
                .whenDecided(() -> conflictBox.setVisible(false));

        save.setText(t("planning.save"));
        save.setId("save-card");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        delete.setText(t("planning.delete"));
        delete.setId("delete-card");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        // Comments, history, checklist and attachments go with the card, for good: asked first.
        delete.addClickListener(e -> DestructiveQuestion.ask(this, "planning.deleteQuestion", "delete-card-keep",
                this::delete));
        Button closeButton = new Button(t("planning.close"), e -> close());
        closeButton.setId("close-card");

        activity = new CardActivity(host, cardId, this::act, this::refresh);
        comments = activity.comments;
        newComment = activity.newComment;
        sendComment = activity.sendComment;

        HorizontalLayout row = new HorizontalLayout(category, assignees, due, labels);
        row.setWrap(true);
        row.setWidthFull();
        Div main = new Div(conflictBox, readOnlyNote, title, row, description, preview, activity);
        main.addClassName("card-dialog-body");
        Div others = new Div(form.others());
        others.setId("card-viewers");
        others.addClassName("kanban-viewers");
        HorizontalLayout header = new HorizontalLayout(columnInfo, others);
        header.setWrap(true);
        add(header, main);
        getFooter().add(delete, closeButton, save);

        CardDetails loaded = planning.card(host.experiment(), cardId);
        fillFields(loaded);
        form.load(loaded);
        renderLists(loaded);
        // A comment or checklist item typed and not yet added counts as typed too.
        KeepTyped.guard(this, form, newComment, activity.newItem);
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    /** Choices and permissions; the values themselves come from the live form. */
    private void fillFields(CardDetails d) {
        Board b = host.currentBoard();
        setHeaderTitle(d.title());
        category.setItems(b.categoriesInUse());
        assignees.setItems(b.members().stream().map(Board.Person::userId).toList());
        assignees.setItemLabelGenerator(b::nameOf);
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
        activity.editable(editable);
    }

    private void renderPreview(String markdown) {
        preview.getElement().setProperty("innerHTML", Markdown.toSafeHtml(markdown));
        preview.setVisible(markdown != null && !markdown.isBlank());
    }

    private void renderLists(CardDetails d) {
        columnInfo.setText(t("planning.field.column", ColumnNames.shown(this, d.columnName())));
        activity.render(d);
    }

    CardDraft draft() {
        List<String> labelList = Arrays.stream(labels.getValue().split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        Set<Long> who = assignees.getValue() == null ? Set.of() : Set.copyOf(assignees.getValue());
        return new CardDraft(title.getValue(), description.getValue(), category.getValue(), due.getValue(), who,
                labelList);
    }

    /**
     * Saves over the latest version heard of: only the fields the user touched replace anything. Refused (with the
     * conflict message) while a field someone else changed waits for the user's choice.
     */
    void save() {
        if (form.refusesSave(this::showConflict)) {
            return;
        }
        boolean saved = Actions.on(this).showConflictWith((who, when) -> {
            // Saved before the live update arrived: show the newer values the same way, keep what the user typed.
            CardDetails latest = planning.card(host.experiment(), cardId);
            form.refresh(latest, latest.updatedByName(), latest.updatedAt());
            renderLists(latest);
            showConflict(who, when);
        }).run(() -> planning.updateCard(host.experiment(), cardId, form.latest().version(), draft()));
        if (saved) {
            conflictBox.setVisible(false);
            CardDetails latest = planning.card(host.experiment(), cardId);
            fillFields(latest);
            form.load(latest);
            renderLists(latest);
            Messages.showSuccess(t("planning.saved"));
            host.refreshBoard();
        }
    }

    /**
     * Deletes the card as this user last saw it: if a co-planner saved it meanwhile, nothing is deleted, the dialog
     * shows their values and says so, and a second confirmation deletes it as it is now.
     */
    void delete() {
        boolean deleted = Actions.on(this).showConflictWith((who, when) -> {
            CardDetails latest = planning.card(host.experiment(), cardId);
            form.refresh(latest, latest.updatedByName(), latest.updatedAt());
            renderLists(latest);
            conflictBox.setText(t("planning.deleteConflict", who, when));
            conflictBox.setVisible(true);
        }).run(() -> planning.deleteCard(host.experiment(), cardId, form.latest().version()));
        if (deleted) {
            close();
            host.refreshBoard();
        }
    }

    /**
     * A co-planner deleted the card while it was open here: the dialog stays, read-only, saying so, so that text typed
     * into it can still be copied; only closing is left.
     */
    private void showGone() {
        // The text fields stay writable: Vaadin answers a value that reaches a read-only field with the server's
        // value, so the last keystrokes still on their way (CI saw "메모" of "…적던 메모" go) would be wiped from the
        // very text this dialog stays open for. Nothing can be saved from here any more.
        category.setReadOnly(true);
        due.setReadOnly(true);
        assignees.setReadOnly(true);
        save.setVisible(false);
        delete.setVisible(false);
        activity.editable(false);
        // Its checklist, files and comments went with it: nothing there can be done any more.
        activity.setEnabled(false);
        conflictBox.setText(t("planning.cardGone"));
        conflictBox.setVisible(true);
    }

    private void showConflict(String who, String when) {
        conflictBox.setText(form.conflictText("planning.conflict", who, when));
        conflictBox.setVisible(true);
    }

    /** Someone changed the card: lists follow at once, fields through the live form. */
    void refresh() {
        CardDetails latest;
        try {
            latest = planning.card(host.experiment(), cardId);
        } catch (UserFacingException gone) {
            showGone();
            return;
        } catch (AccessDeniedException refused) {
            // No longer a member (or no longer allowed): the page itself leaves, as for every refusal.
            close();
            return;
        }
        if (latest.version() != form.latest().version()) {
            setHeaderTitle(latest.title());
            form.refresh(latest, latest.updatedByName(), latest.updatedAt());
        }
        renderLists(latest);
    }

    private void act(Runnable change, Runnable after) {
        if (Actions.run(this, change)) {
            after.run();
            renderLists(planning.card(host.experiment(), cardId));
            host.refreshBoard();
        }
    }
}
