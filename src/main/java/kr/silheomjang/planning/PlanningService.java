package kr.silheomjang.planning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.ExperimentDetails;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.planning.internal.AttachmentStore;
import kr.silheomjang.planning.internal.BoardColumn;
import kr.silheomjang.planning.internal.BoardColumnRepository;
import kr.silheomjang.planning.internal.BoardLocks;
import kr.silheomjang.planning.internal.BoardSeeder;
import kr.silheomjang.planning.internal.Card;
import kr.silheomjang.planning.internal.CardAttachment;
import kr.silheomjang.planning.internal.CardAttachmentRepository;
import kr.silheomjang.planning.internal.CardComment;
import kr.silheomjang.planning.internal.CardCommentRepository;
import kr.silheomjang.planning.internal.CardHistoryEntry;
import kr.silheomjang.planning.internal.CardHistoryRepository;
import kr.silheomjang.planning.internal.CardRepository;
import kr.silheomjang.planning.internal.ChecklistItem;
import kr.silheomjang.planning.internal.ChecklistItemRepository;
import kr.silheomjang.planning.internal.PlanningTemplateItem;
import kr.silheomjang.planning.internal.PlanningTemplateItemRepository;
import kr.silheomjang.planning.internal.PlanningTemplateRepository;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.LostRaceException;
import kr.silheomjang.shared.NotFoundOrDeniedException;
import kr.silheomjang.shared.Ranks;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.shared.upload.UploadPolicy;

/**
 * The planning board of one experiment: columns, cards, checklists, comments, history, attachments, templates. The
 * transaction and authorization boundary: every method first checks the caller's membership; owners and planners
 * manage the board, partner guests read, comment, and edit only cards assigned to them. Every change is announced
 * live as {@link PlanningLive#BOARD} with the card ids it touched.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PlanningService {

    static final int MAX_COLUMNS = 12;

    private final BoardColumnRepository columns;
    private final CardRepository cards;
    private final ChecklistItemRepository checklist;
    private final CardCommentRepository comments;
    private final CardHistoryRepository history;
    private final CardAttachmentRepository attachments;
    private final PlanningTemplateRepository templates;
    private final PlanningTemplateItemRepository templateItems;
    private final BoardSeeder seeder;
    private final BoardLocks locks;
    private final AttachmentStore store;
    private final UploadPolicy attachmentPolicy;
    private final ExperimentAccess access;
    private final ExperimentService experiments;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanningService(BoardColumnRepository columns, CardRepository cards, ChecklistItemRepository checklist,
            CardCommentRepository comments, CardHistoryRepository history, CardAttachmentRepository attachments,
            PlanningTemplateRepository templates, PlanningTemplateItemRepository templateItems, BoardSeeder seeder,
            BoardLocks locks, AttachmentStore store, ExperimentAccess access, ExperimentService experiments, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock,
            @Value("${silheomjang.planning.attachment-max-bytes:10485760}") long maxAttachmentBytes) {
        this.columns = columns;
        this.cards = cards;
        this.checklist = checklist;
        this.comments = comments;
        this.history = history;
        this.attachments = attachments;
        this.templates = templates;
        this.templateItems = templateItems;
        this.seeder = seeder;
        this.locks = locks;
        this.store = store;
        this.attachmentPolicy = AttachmentStore.policy(maxAttachmentBytes);
        this.access = access;
        this.experiments = experiments;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // --- reading ---------------------------------------------------------------------------------------------

    /**
     * The whole board in a fixed number of queries, whatever the card count: columns, cards, assignees, labels,
     * checklist progress and comment counts are each one query. An experiment made before the board existed gets
     * its default columns here.
     */
    public Board board(long experimentId) {
        MemberRole role = access.requireMember(experimentId);
        ExperimentDetails details = experiments.get(experimentId);
        List<BoardColumn> cols = columns.findByExperimentIdOrderBySortKeyAscIdAsc(experimentId);
        if (cols.isEmpty() && role.canEdit()) {
            cols = seeder.createDefaultColumns(experimentId, currentUser.require().displayName());
        }
        List<Card> all = cards.findByExperimentIdOrderBySortKeyAscIdAsc(experimentId);
        Map<Long, List<Long>> assignees = pairs(cards.assignees(experimentId));
        Map<Long, List<String>> labels = pairs(cards.labels(experimentId));
        Map<Long, long[]> progress = new HashMap<>();
        for (Object[] row : checklist.progress(experimentId)) {
            progress.put((Long) row[0], new long[] {(Long) row[1], (Long) row[2]});
        }
        Map<Long, Long> commentCounts = new HashMap<>();
        for (Object[] row : comments.counts(experimentId)) {
            commentCounts.put((Long) row[0], (Long) row[1]);
        }
        long lastColumn = cols.isEmpty() ? -1 : cols.get(cols.size() - 1).getId();
        Map<Long, List<CardSummary>> byColumn = new HashMap<>();
        for (Card c : all) {
            long[] p = progress.getOrDefault(c.getId(), new long[] {0, 0});
            byColumn.computeIfAbsent(c.getColumnId(), k -> new ArrayList<>()).add(new CardSummary(c.getId(),
                    c.getColumnId(), c.getTitle(), c.getCategory(), c.getDueDate(),
                    assignees.getOrDefault(c.getId(), List.of()), sorted(labels.getOrDefault(c.getId(), List.of())),
                    (int) p[0], (int) p[1], commentCounts.getOrDefault(c.getId(), 0L).intValue(),
                    c.getColumnId() == lastColumn));
        }
        List<ColumnView> columnViews = cols.stream().map(col -> new ColumnView(col.getId(), col.getVersion(),
                col.getName(), col.getWipLimit(), byColumn.getOrDefault(col.getId(), List.of()))).toList();
        List<Board.Person> people = details.members().stream()
                .map(m -> new Board.Person(m.userId(), m.displayName(), m.role())).toList();
        return new Board(experimentId, columnViews, people, role, currentUser.require().id());
    }

    @Transactional(readOnly = true)
    public CardDetails card(long experimentId, long cardId) {
        MemberRole role = access.requireMember(experimentId);
        Card c = cardOf(experimentId, cardId);
        BoardColumn col = columns.findById(c.getColumnId()).orElseThrow();
        Map<String, Long> names = memberNames(experimentId);
        return new CardDetails(c.getId(), c.getVersion(), c.getColumnId(), col.getName(), c.getTitle(),
                Objects.requireNonNullElse(c.getDescription(), ""), Markdown.toSafeHtml(c.getDescription()),
                Objects.requireNonNullElse(c.getCategory(), ""), c.getDueDate(), Set.copyOf(c.getAssigneeIds()),
                sorted(new ArrayList<>(c.getLabels())),
                checklist.findByCardIdOrderBySortKeyAscIdAsc(cardId).stream()
                        .map(i -> new CardDetails.ChecklistLine(i.getId(), i.getText(), i.getDoneAt() != null))
                        .toList(),
                comments.findByCardIdOrderByCreatedAtAscIdAsc(cardId).stream()
                        .map(m -> new CardDetails.Comment(m.getId(), m.getAuthorId(), m.getAuthorName(), m.getBody(),
                                m.getCreatedAt(), mentions(m.getBody(), names)))
                        .toList(),
                history.findByCardIdOrderByCreatedAtDescIdDesc(cardId).stream()
                        .map(h -> new CardDetails.HistoryLine(h.getActorName(), h.getAction(), h.getDetail(),
                                h.getCreatedAt()))
                        .toList(),
                attachments.findByCardIdOrderByCreatedAtAscIdAsc(cardId).stream()
                        .map(a -> new CardDetails.Attachment(a.getId(), a.getFileName(), a.getContentType(),
                                a.getSizeBytes(), a.getUploadedByName(), a.getCreatedAt()))
                        .toList(),
                role.canEdit() || c.getAssigneeIds().contains(currentUser.require().id()),
                c.getUpdatedAt(), c.getUpdatedByName());
    }

    /** Cards with a due date in {@code [from, to]} (for the calendar). */
    @Transactional(readOnly = true)
    public List<CardSummary> dueBetween(long experimentId, LocalDate from, LocalDate to) {
        access.requireMember(experimentId);
        return cards.due(experimentId, from, to).stream()
                .map(c -> new CardSummary(c.getId(), c.getColumnId(), c.getTitle(), c.getCategory(), c.getDueDate(),
                        List.copyOf(c.getAssigneeIds()), List.copyOf(c.getLabels()), 0, 0, 0, false))
                .toList();
    }

    // --- columns (owners and planners) -----------------------------------------------------------------------

    public long addColumn(long experimentId, String name) {
        access.requireEditor(experimentId);
        String clean = validColumnName(name);
        locks.allColumns(experimentId);
        List<BoardColumn> cols = columns.findByExperimentIdOrderBySortKeyAscIdAsc(experimentId);
        if (cols.size() >= MAX_COLUMNS) {
            throw new UserFacingException("planning.error.tooManyColumns");
        }
        String next = Ranks.after(cols.isEmpty() ? null : cols.get(cols.size() - 1).getSortKey());
        BoardColumn col = columns.save(new BoardColumn(experimentId, clean, next, clock.instant(), me().displayName()));
        announce(experimentId);
        return col.getId();
    }

    /** Renames a column and sets (or clears, with null) its WIP limit. */
    public void updateColumn(long experimentId, long columnId, long expectedVersion, String name, Integer wipLimit) {
        access.requireEditor(experimentId);
        String clean = validColumnName(name);
        if (wipLimit != null && (wipLimit < 1 || wipLimit > 999)) {
            throw new UserFacingException("planning.error.wipLimit");
        }
        locks.columns(experimentId, List.of(columnId));
        BoardColumn col = columnOf(experimentId, columnId);
        if (col.getVersion() != expectedVersion) {
            throw new ConflictException(col.getUpdatedByName(), col.getUpdatedAt());
        }
        col.setName(clean);
        col.setWipLimit(wipLimit);
        col.touch(clock.instant(), me().displayName());
        announce(experimentId);
    }

    /** Moves a column one place left (-1) or right (+1). */
    public void moveColumn(long experimentId, long columnId, int delta) {
        access.requireEditor(experimentId);
        locks.allColumns(experimentId);
        List<BoardColumn> cols = new ArrayList<>(columns.findByExperimentIdOrderBySortKeyAscIdAsc(experimentId));
        int from = indexOf(cols, columnId);
        int to = Math.max(0, Math.min(cols.size() - 1, from + Integer.signum(delta)));
        if (from == to) {
            return;
        }
        BoardColumn col = cols.remove(from);
        String before = to == 0 ? null : cols.get(to - 1).getSortKey();
        String after = to == cols.size() ? null : cols.get(to).getSortKey();
        String key = rankBetween(before, after);
        if (key == null) {
            // Equal or worn-out ranks (rare): spread the whole strip again; every column is locked already.
            cols.add(to, col);
            List<String> spread = Ranks.spread(cols.size());
            for (int i = 0; i < cols.size(); i++) {
                cols.get(i).setSortKey(spread.get(i));
            }
        } else {
            col.setSortKey(key);
        }
        col.touch(clock.instant(), me().displayName());
        announce(experimentId);
    }

    /** Removes an empty column; a column with cards is refused, and the last column stays. */
    public void removeColumn(long experimentId, long columnId) {
        access.requireEditor(experimentId);
        locks.allColumns(experimentId);
        BoardColumn col = columnOf(experimentId, columnId);
        if (cards.countByColumnId(columnId) > 0) {
            throw new UserFacingException("planning.error.columnNotEmpty");
        }
        if (columns.findByExperimentIdOrderBySortKeyAscIdAsc(experimentId).size() <= 1) {
            throw new UserFacingException("planning.error.lastColumn");
        }
        columns.delete(col);
        announce(experimentId);
    }

    // --- cards -----------------------------------------------------------------------------------------------

    /** A new card at the end of a column (owners and planners). */
    public long createCard(long experimentId, long columnId, String title) {
        access.requireEditor(experimentId);
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty()) {
            throw new UserFacingException("planning.error.title.required");
        }
        if (clean.length() > 200) {
            throw new UserFacingException("planning.error.title.tooLong");
        }
        locks.columns(experimentId, List.of(columnId));
        columnOf(experimentId, columnId);
        Instant now = clock.instant();
        Card card = cards.save(new Card(experimentId, columnId, endOf(columnId), clean, now, me().displayName()));
        record(card.getId(), "CREATED", null);
        announce(experimentId, card.getId());
        return card.getId();
    }

    /**
     * Saves the card's fields if nobody saved it since {@code expectedVersion}; otherwise refuses with who changed it
     * and nothing is written. Partner guests may save only cards assigned to them, and cannot change assignees.
     */
    public void updateCard(long experimentId, long cardId, long expectedVersion, CardDraft draft) {
        MemberRole role = access.requireMember(experimentId);
        Card c = editableCard(experimentId, cardId, role);
        validate(experimentId, draft);
        if (c.getVersion() != expectedVersion) {
            throw new ConflictException(c.getUpdatedByName(), c.getUpdatedAt());
        }
        List<String> changed = new ArrayList<>();
        if (!draft.title().equals(c.getTitle())) {
            changed.add("title");
            c.setTitle(draft.title());
        }
        if (!draft.description().equals(Objects.requireNonNullElse(c.getDescription(), ""))) {
            changed.add("description");
            c.setDescription(emptyToNull(draft.description()));
        }
        if (!draft.category().equals(Objects.requireNonNullElse(c.getCategory(), ""))) {
            changed.add("category");
            c.setCategory(emptyToNull(draft.category()));
        }
        if (!Objects.equals(draft.due(), c.getDueDate())) {
            changed.add("due");
            c.setDueDate(draft.due());
        }
        if (role.canEdit() && !draft.assigneeIds().equals(Set.copyOf(c.getAssigneeIds()))) {
            changed.add("assignees");
            c.getAssigneeIds().clear();
            c.getAssigneeIds().addAll(draft.assigneeIds());
        }
        if (!Set.copyOf(draft.labels()).equals(Set.copyOf(c.getLabels()))) {
            changed.add("labels");
            c.getLabels().clear();
            c.getLabels().addAll(draft.labels());
        }
        if (changed.isEmpty()) {
            return;
        }
        c.touch(clock.instant(), me().displayName());
        record(cardId, "UPDATED", String.join(",", changed));
        announce(experimentId, cardId);
    }

    /** Moves a card's due date (the calendar drags it); same rights as editing the card. */
    public void moveDue(long experimentId, long cardId, LocalDate newDue) {
        MemberRole role = access.requireMember(experimentId);
        Card c = editableCard(experimentId, cardId, role);
        if (Objects.equals(newDue, c.getDueDate())) {
            return;
        }
        c.setDueDate(newDue);
        c.touch(clock.instant(), me().displayName());
        record(cardId, "UPDATED", "due");
        announce(experimentId, cardId);
    }

    public void deleteCard(long experimentId, long cardId) {
        access.requireEditor(experimentId);
        Card c = lockedCard(experimentId, cardId);
        for (CardAttachment a : attachments.findByCardIdOrderByCreatedAtAscIdAsc(cardId)) {
            attachments.delete(a);
            store.deleteLater(a.getStorageKey());
        }
        checklist.deleteAll(checklist.findByCardIdOrderBySortKeyAscIdAsc(cardId));
        comments.deleteAll(comments.findByCardIdOrderByCreatedAtAscIdAsc(cardId));
        history.deleteAll(history.findByCardIdOrderByCreatedAtDescIdDesc(cardId));
        // No renumbering: the other cards' ranks stay valid, so deleting writes no other card.
        cards.delete(c);
        announce(experimentId, cardId);
    }

    /**
     * Puts a card at {@code index} (0 = top, counted without the card itself) of a column, between or within columns;
     * the order is stored. Moves never conflict: the last one wins, and everyone sees it live. Writes one card row:
     * its rank goes between its new neighbours' (see {@link Ranks}); the source and target columns are locked first
     * (ascending id), then the card, so moves in the same columns queue instead of deadlocking.
     */
    public void move(long experimentId, long cardId, long targetColumnId, int index) {
        MemberRole role = access.requireMember(experimentId);
        long source = columnOfCard(experimentId, cardId);
        locks.columns(experimentId, List.of(source, targetColumnId));
        Card c = editableCard(experimentId, cardId, role);
        if (c.getColumnId() != source) {
            throw new LostRaceException("Card " + cardId + " moved while its columns were being locked");
        }
        columnOf(experimentId, targetColumnId);
        place(experimentId, c, targetColumnId, index);
    }

    /** The keyboard/menu alternative: left/right to the neighbouring column (same height), up/down within it. */
    public void move(long experimentId, long cardId, Direction direction) {
        MemberRole role = access.requireMember(experimentId);
        long source = columnOfCard(experimentId, cardId);
        List<BoardColumn> cols = columns.findByExperimentIdOrderBySortKeyAscIdAsc(experimentId);
        int col = indexOf(cols, source);
        long target = source;
        if (direction == Direction.LEFT || direction == Direction.RIGHT) {
            int to = col + (direction == Direction.LEFT ? -1 : 1);
            if (to < 0 || to >= cols.size()) {
                return;
            }
            target = cols.get(to).getId();
        }
        locks.columns(experimentId, List.of(source, target));
        Card c = editableCard(experimentId, cardId, role);
        if (c.getColumnId() != source) {
            throw new LostRaceException("Card " + cardId + " moved while its columns were being locked");
        }
        List<Long> inColumn = cards.ranks(source).stream().map(r -> (Long) r[0]).toList();
        int pos = inColumn.indexOf(cardId);
        int index = pos;
        if (direction == Direction.UP || direction == Direction.DOWN) {
            index = pos + (direction == Direction.UP ? -1 : 1);
            if (index < 0 || index >= inColumn.size()) {
                return;
            }
        }
        place(experimentId, c, target, index);
    }

    /** Adds every item of a stored template as cards at the end of the first column (owners and planners). */
    public List<Long> addTemplate(long experimentId, String templateCode) {
        access.requireEditor(experimentId);
        templates.findByCode(templateCode).orElseThrow(() -> new UserFacingException("planning.error.template"));
        locks.allColumns(experimentId);
        List<BoardColumn> cols = columns.findByExperimentIdOrderBySortKeyAscIdAsc(experimentId);
        if (cols.isEmpty()) {
            cols = seeder.createDefaultColumns(experimentId, me().displayName());
        }
        List<Long> ids = seeder.applyTemplate(experimentId, templateCode, cols.get(0).getId(), me().displayName());
        announce(experimentId, ids.toArray(Long[]::new));
        return ids;
    }

    // --- checklist -------------------------------------------------------------------------------------------

    public long addChecklistItem(long experimentId, long cardId, String text) {
        MemberRole role = access.requireMember(experimentId);
        editableCard(experimentId, cardId, role);
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > 300) {
            throw new UserFacingException("planning.error.checklist.text");
        }
        List<ChecklistItem> items = checklist.findByCardIdOrderBySortKeyAscIdAsc(cardId);
        String next = Ranks.after(items.isEmpty() ? null : items.get(items.size() - 1).getSortKey());
        ChecklistItem item = checklist.save(new ChecklistItem(cardId, next, clean));
        record(cardId, "CHECKLIST_ADDED", clean);
        announce(experimentId, cardId);
        return item.getId();
    }

    public void tick(long experimentId, long cardId, long itemId, boolean done) {
        MemberRole role = access.requireMember(experimentId);
        editableCard(experimentId, cardId, role);
        ChecklistItem item = checklist.findById(itemId).filter(i -> i.getCardId() == cardId)
                .orElseThrow(() -> new UserFacingException("planning.error.notFound"));
        if ((item.getDoneAt() != null) == done) {
            return;
        }
        item.setDoneAt(done ? clock.instant() : null);
        record(cardId, done ? "CHECKED" : "UNCHECKED", item.getText());
        announce(experimentId, cardId);
    }

    public void removeChecklistItem(long experimentId, long cardId, long itemId) {
        MemberRole role = access.requireMember(experimentId);
        editableCard(experimentId, cardId, role);
        ChecklistItem item = checklist.findById(itemId).filter(i -> i.getCardId() == cardId)
                .orElseThrow(() -> new UserFacingException("planning.error.notFound"));
        checklist.delete(item);
        record(cardId, "CHECKLIST_REMOVED", item.getText());
        announce(experimentId, cardId);
    }

    // --- comments (every member, partner guests included) ----------------------------------------------------

    /** Adds a comment; members named as {@code @이름} are told live on their board. */
    public long comment(long experimentId, long cardId, String body) {
        access.requireMember(experimentId);
        String clean = body == null ? "" : body.strip();
        if (clean.isEmpty()) {
            throw new UserFacingException("planning.error.comment.required");
        }
        if (clean.length() > 2000) {
            throw new UserFacingException("planning.error.comment.tooLong");
        }
        lockedCard(experimentId, cardId);
        AppUser me = me();
        CardComment saved = comments.save(new CardComment(cardId, me.id(), me.displayName(), clean, clock.instant()));
        record(cardId, "COMMENTED", null);
        announce(experimentId, cardId);
        List<Long> mentioned = mentions(clean, memberNames(experimentId));
        if (!mentioned.isEmpty()) {
            List<Long> ids = new ArrayList<>();
            ids.add(cardId);
            ids.addAll(mentioned);
            events.publishEvent(new LiveUpdate(experimentId, PlanningLive.MENTION, ids));
        }
        return saved.getId();
    }

    // --- attachments -----------------------------------------------------------------------------------------

    /** What the upload button of a card accepts (the same rules {@link #attach} applies). */
    public UploadPolicy attachmentPolicy() {
        return attachmentPolicy;
    }

    /**
     * Stores a file on a card after checking it with the shared upload rules: size, a safe name (a name that reduces
     * to nothing gets a neutral one), an allowed type and content that matches it.
     */
    public long attach(long experimentId, long cardId, String fileName, String contentType, byte[] bytes) {
        MemberRole role = access.requireMember(experimentId);
        editableCard(experimentId, cardId, role);
        UploadPolicy.Checked file = attachmentPolicy.check(fileName, contentType, bytes);
        String cleanName = file.name();
        String key = store.save(bytes);
        CardAttachment saved = attachments.save(new CardAttachment(cardId, cleanName, file.type().mimeType(),
                bytes.length, key, me().displayName(), clock.instant()));
        record(cardId, "ATTACHED", cleanName);
        announce(experimentId, cardId);
        return saved.getId();
    }

    @Transactional(readOnly = true)
    public byte[] attachmentBytes(long experimentId, long cardId, long attachmentId) {
        access.requireMember(experimentId);
        cardOf(experimentId, cardId);
        CardAttachment a = attachments.findById(attachmentId).filter(x -> x.getCardId() == cardId)
                .orElseThrow(() -> new UserFacingException("planning.error.notFound"));
        return store.read(a.getStorageKey());
    }

    public void removeAttachment(long experimentId, long cardId, long attachmentId) {
        MemberRole role = access.requireMember(experimentId);
        editableCard(experimentId, cardId, role);
        CardAttachment a = attachments.findById(attachmentId).filter(x -> x.getCardId() == cardId)
                .orElseThrow(() -> new UserFacingException("planning.error.notFound"));
        attachments.delete(a);
        store.deleteLater(a.getStorageKey());
        record(cardId, "DETACHED", a.getFileName());
        announce(experimentId, cardId);
    }

    // --- templates (stored data; organisation administrators edit) ----------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<TemplateView> templates(long experimentId) {
        access.requireMember(experimentId);
        return templates.findAllByOrderByIdAsc().stream().map(t -> new TemplateView(t.getId(), t.getCode(),
                t.getName(), templateItems.findByTemplateIdOrderBySortOrderAscIdAsc(t.getId()).stream()
                        .map(i -> new TemplateView.Item(i.getId(), i.getVersion(), i.getTitle(), i.getCategory(),
                                i.getDescription(), i.getChecklist()))
                        .toList()))
                .toList();
    }

    /**
     * Edits one template item. Templates are shared by every experiment of the installation, so only organisation
     * administrators may (owning the experiment they work in is not enough).
     */
    public void updateTemplateItem(long experimentId, long itemId, long expectedVersion, String title,
            String description, String checklistLines) {
        access.requireMemberAndAdministrator(experimentId);
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > 200) {
            throw new UserFacingException("planning.error.title.required");
        }
        if (description != null && description.length() > 4000 || checklistLines != null
                && checklistLines.length() > 2000) {
            throw new UserFacingException("planning.error.description.tooLong");
        }
        PlanningTemplateItem item = templateItems.findById(itemId)
                .orElseThrow(() -> new UserFacingException("planning.error.notFound"));
        if (item.getVersion() != expectedVersion) {
            throw new ConflictException(item.getUpdatedByName(), item.getUpdatedAt());
        }
        item.update(cleanTitle, emptyToNull(description == null ? "" : description.strip()),
                emptyToNull(checklistLines == null ? "" : checklistLines.strip()), clock.instant(),
                me().displayName());
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private Card cardOf(long experimentId, long cardId) {
        return cards.findById(cardId).filter(c -> c.getExperimentId() == experimentId)
                .orElseThrow(() -> new UserFacingException("planning.error.notFound"));
    }

    /**
     * The card, locked until the transaction ends and read as committed now. Every write to a card or its rows takes
     * this lock first (after the columns, when a move needs them): see {@link BoardLocks}.
     */
    private Card lockedCard(long experimentId, long cardId) {
        return locks.card(experimentId, cardId).orElseThrow(() -> new UserFacingException("planning.error.notFound"));
    }

    /** The column a card is in now (unlocked: a move locks it next and checks it did not change meanwhile). */
    private long columnOfCard(long experimentId, long cardId) {
        return cards.columnOf(experimentId, cardId)
                .orElseThrow(() -> new UserFacingException("planning.error.notFound"));
    }

    /** The card, locked, if the caller may change it: editors always, partner guests only when assigned to it. */
    private Card editableCard(long experimentId, long cardId, MemberRole role) {
        Card c = lockedCard(experimentId, cardId);
        if (!role.canEdit() && !c.getAssigneeIds().contains(me().id())) {
            throw new AccessDeniedException("Partner guests edit only cards assigned to them");
        }
        return c;
    }

    private BoardColumn columnOf(long experimentId, long columnId) {
        return columns.findById(columnId).filter(c -> c.getExperimentId() == experimentId)
                .orElseThrow(() -> new UserFacingException("planning.error.notFound"));
    }

    /**
     * Puts the locked card at {@code index} of the locked target column by giving it a rank between its new
     * neighbours: one row written. Ranks are read from the database, not from entities this transaction holds.
     */
    private void place(long experimentId, Card c, long targetColumnId, int index) {
        long sourceColumnId = c.getColumnId();
        List<Object[]> rows = new ArrayList<>(cards.ranks(targetColumnId));
        int current = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i)[0].equals(c.getId())) {
                current = i;
            }
        }
        if (current >= 0) {
            rows.remove(current);
        }
        int at = Math.max(0, Math.min(rows.size(), index));
        if (at != current) {
            String key = rankBetween(at == 0 ? null : (String) rows.get(at - 1)[1],
                    at == rows.size() ? null : (String) rows.get(at)[1]);
            if (key == null) {
                rows.add(at, new Object[] {c.getId(), null});
                respread(targetColumnId, rows);
            } else {
                cards.place(c.getId(), targetColumnId, key);
            }
        }
        String to = columnOf(experimentId, targetColumnId).getName();
        String from = columns.findById(sourceColumnId).map(BoardColumn::getName).orElse("?");
        record(c.getId(), "MOVED", sourceColumnId == targetColumnId ? to : from + " → " + to);
        announce(experimentId, c.getId());
    }

    /** A rank after the last card of a (locked) column. */
    private String endOf(long columnId) {
        List<Object[]> rows = cards.ranks(columnId);
        String last = rows.isEmpty() ? null : (String) rows.get(rows.size() - 1)[1];
        String key = rankBetween(last, null);
        if (key == null) {
            respread(columnId, rows);
            key = Ranks.after(Ranks.spread(rows.size()).getLast());
        }
        return key;
    }

    /**
     * Gives a whole column fresh, evenly spread ranks in the given order: only when two ranks are equal (rows from
     * before ranks existed) or a gap wore out. The column is locked; its cards are locked ascending id.
     */
    private void respread(long columnId, List<Object[]> ordered) {
        List<String> keys = Ranks.spread(ordered.size());
        ordered.stream().map(r -> (Long) r[0]).sorted().forEach(id -> locks.cardRow(id));
        for (int i = 0; i < ordered.size(); i++) {
            cards.place((Long) ordered.get(i)[0], columnId, keys.get(i));
        }
    }

    /** A rank between two others, or null when there is none (equal ranks) or it would be too long. */
    private static String rankBetween(String before, String after) {
        try {
            String key = Ranks.between(before, after);
            return key.length() <= Ranks.MAX_LENGTH ? key : null;
        } catch (IllegalArgumentException noRoom) {
            return null;
        }
    }

    private static String validColumnName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new UserFacingException("planning.error.columnName.required");
        }
        if (clean.length() > 60) {
            throw new UserFacingException("planning.error.columnName.tooLong");
        }
        return clean;
    }

    private void validate(long experimentId, CardDraft d) {
        List<String> errors = new ArrayList<>();
        if (d.title().isEmpty()) {
            errors.add("planning.error.title.required");
        } else if (d.title().length() > 200) {
            errors.add("planning.error.title.tooLong");
        }
        if (d.description().length() > 4000) {
            errors.add("planning.error.description.tooLong");
        }
        if (d.category().length() > 100) {
            errors.add("planning.error.category.tooLong");
        }
        if (d.labels().size() > 10 || d.labels().stream().anyMatch(l -> l.length() > 40)) {
            errors.add("planning.error.labels");
        }
        if (!d.assigneeIds().isEmpty()) {
            Set<Long> memberIds = experiments.get(experimentId).members().stream().map(m -> m.userId())
                    .collect(Collectors.toSet());
            if (!memberIds.containsAll(d.assigneeIds())) {
                errors.add("planning.error.assignee");
            }
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
    }

    private Map<String, Long> memberNames(long experimentId) {
        Map<String, Long> names = new HashMap<>();
        experiments.get(experimentId).members().forEach(m -> names.put(m.displayName(), m.userId()));
        return names;
    }

    /** Members named as "@이름" in a text; longer names first, so "@김기획자" is not read as "@김기획". */
    static List<Long> mentions(String text, Map<String, Long> names) {
        Set<Long> found = new LinkedHashSet<>();
        String rest = text;
        for (String name : names.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .toList()) {
            String token = "@" + name;
            if (rest.contains(token)) {
                found.add(names.get(name));
                rest = rest.replace(token, " ");
            }
        }
        return List.copyOf(found);
    }

    private void record(long cardId, String action, String detail) {
        history.save(new CardHistoryEntry(cardId, me().displayName(), action, detail, clock.instant()));
    }

    private void announce(long experimentId, Long... cardIds) {
        events.publishEvent(LiveUpdate.of(experimentId, PlanningLive.BOARD, cardIds));
    }

    private AppUser me() {
        return currentUser.require();
    }

    private static int indexOf(List<BoardColumn> cols, long columnId) {
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).getId() == columnId) {
                return i;
            }
        }
        throw new UserFacingException("planning.error.notFound");
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<Long, List<V>> pairs(List<Object[]> rows) {
        Map<Long, List<V>> map = new HashMap<>();
        for (Object[] row : rows) {
            map.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((V) row[1]);
        }
        return map;
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
