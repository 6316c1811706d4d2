package kr.silheomjang.planning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.planning.internal.AttachmentStore;
import kr.silheomjang.planning.internal.BoardColumn;
import kr.silheomjang.planning.internal.BoardColumnRepository;
import kr.silheomjang.planning.internal.BoardSeeder;
import kr.silheomjang.planning.internal.BoardLocks;
import kr.silheomjang.planning.internal.Card;
import kr.silheomjang.planning.internal.CardAttachment;
import kr.silheomjang.planning.internal.CardAttachmentRepository;
import kr.silheomjang.planning.internal.CardCommentRepository;
import kr.silheomjang.planning.internal.CardHistoryRepository;
import kr.silheomjang.planning.internal.CardPlacement;
import kr.silheomjang.planning.internal.PlanningSupport;
import kr.silheomjang.planning.internal.CardRepository;
import kr.silheomjang.planning.internal.ChecklistItemRepository;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.shared.Notable;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.LostRaceException;
import kr.silheomjang.shared.Ranks;
import kr.silheomjang.shared.UserFacingException;

/**
 * The planning board of one experiment and its cards: read the board and a card, create, edit, move and delete cards.
 * Beside it: {@link BoardColumnService} (columns), {@link ChecklistService}, {@link CommentService},
 * {@link CardAttachmentService} and {@link PlanningTemplateService}. The transaction and authorization boundary: every
 * method first checks the caller's membership; owners and planners manage the board, partner guests read, comment,
 * and edit only cards assigned to them. Every change is announced live as {@link PlanningLive#BOARD} with the card
 * ids it touched.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PlanningService {

    private final BoardColumnRepository columns;
    private final CardRepository cards;
    private final ChecklistItemRepository checklist;
    private final CardCommentRepository comments;
    private final CardHistoryRepository history;
    private final CardAttachmentRepository attachments;
    private final BoardLocks locks;
    private final AttachmentStore store;
    private final CardPlacement placement;
    private final PlanningSupport support;
    private final BoardReads reads;
    private final ExperimentAccess access;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PlanningService(BoardColumnRepository columns, CardRepository cards, ChecklistItemRepository checklist,
            CardCommentRepository comments, CardHistoryRepository history, CardAttachmentRepository attachments,
            BoardLocks locks, AttachmentStore store, CardPlacement placement, PlanningSupport support,
            BoardReads reads, ExperimentAccess access, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.columns = columns;
        this.cards = cards;
        this.checklist = checklist;
        this.comments = comments;
        this.history = history;
        this.attachments = attachments;
        this.locks = locks;
        this.store = store;
        this.placement = placement;
        this.support = support;
        this.reads = reads;
        this.access = access;
        this.clock = clock;
    }

    // --- reading ---------------------------------------------------------------------------------------------

    /**
     * The whole board in a fixed number of queries, whatever the card count, read once per change per node and
     * shared by the open boards that heard of it (see {@link BoardReads}). No transaction here (the one method of this
     * service without): the shared read runs in its own, begun after the change, and every open board calls this for
     * every change it hears, where even an empty {@code SUPPORTS} transaction and its retry wrapper were about 3 % of
     * the server's work for 1,000 open boards. An experiment made before the board existed gets its default columns
     * here.
     */
    public Board board(long experimentId) {
        MemberRole role = access.requireMember(experimentId);
        return reads.board(experimentId, role);
    }

    @Transactional(readOnly = true)
    public CardDetails card(long experimentId, long cardId) {
        MemberRole role = access.requireMember(experimentId);
        return reads.card(experimentId, cardId, role);
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

    // --- cards -----------------------------------------------------------------------------------------------

    /** A new card at the end of a column (owners and planners). */
    @Transactional
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
        support.columnOf(experimentId, columnId);
        Instant now = clock.instant();
        Card card = cards.save(new Card(experimentId, columnId, placement.endOf(columnId), clean, now, support.me().displayName()));
        support.record(card.getId(), "CREATED", null);
        support.announceSaying(experimentId, card.getId(), "planning.said.created", clean,
                BoardSeeder.spoken(support.columnOf(experimentId, columnId).getName()));
        return card.getId();
    }

    /**
     * Saves the card's fields if nobody saved it since {@code expectedVersion}; otherwise refuses with who changed it
     * and nothing is written. Partner guests may save only cards assigned to them, and cannot change assignees.
     */
    @Transactional
    public void updateCard(long experimentId, long cardId, long expectedVersion, CardDraft draft) {
        MemberRole role = access.requireMember(experimentId);
        Card c = support.editableCard(experimentId, cardId, role);
        reads.validate(experimentId, draft);
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
            c.setDescription(PlanningSupport.emptyToNull(draft.description()));
        }
        if (!draft.category().equals(Objects.requireNonNullElse(c.getCategory(), ""))) {
            changed.add("category");
            c.setCategory(PlanningSupport.emptyToNull(draft.category()));
        }
        if (!Objects.equals(draft.due(), c.getDueDate())) {
            changed.add("due");
            c.setDueDate(draft.due());
        }
        List<Long> newlyAssigned = List.of();
        if (role.canEdit() && !draft.assigneeIds().equals(Set.copyOf(c.getAssigneeIds()))) {
            changed.add("assignees");
            newlyAssigned = draft.assigneeIds().stream().filter(id -> !c.getAssigneeIds().contains(id)).toList();
            // Each new assignee's membership is locked, so their removal meanwhile either waits for this save and
            // takes them off again (DepartedMemberAssignments) or comes first and this save is refused.
            for (long id : newlyAssigned) {
                if (!access.lockMembership(experimentId, id)) {
                    throw new UserFacingException("planning.error.assignee");
                }
            }
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
        c.touch(clock.instant(), support.me().displayName());
        support.record(cardId, "UPDATED", String.join(",", changed));
        support.announce(experimentId, cardId);
        if (!newlyAssigned.isEmpty()) {
            AppUser me = support.me();
            events.publishEvent(new Notable(Notable.Kind.CARD_ASSIGNED, experimentId, me.id(), me.displayName(),
                    newlyAssigned, cardId, c.getTitle()));
        }
    }

    /** Moves a card's due date (the calendar drags it); same rights as editing the card. */
    @Transactional
    public void moveDue(long experimentId, long cardId, LocalDate newDue) {
        MemberRole role = access.requireMember(experimentId);
        Card c = support.editableCard(experimentId, cardId, role);
        if (Objects.equals(newDue, c.getDueDate())) {
            return;
        }
        c.setDueDate(newDue);
        c.touch(clock.instant(), support.me().displayName());
        support.record(cardId, "UPDATED", "due");
        support.announce(experimentId, cardId);
    }

    /**
     * Deletes a card with its checklist, comments, history and files, if nobody saved it since the deleter's version:
     * a co-planner's text written meanwhile is not deleted unseen (moves do not count, as they do not for saves).
     */
    @Transactional
    public void deleteCard(long experimentId, long cardId, long expectedVersion) {
        access.requireEditor(experimentId);
        Card c = support.lockedCard(experimentId, cardId);
        if (c.getVersion() != expectedVersion) {
            throw new ConflictException(c.getUpdatedByName(), c.getUpdatedAt());
        }
        for (CardAttachment a : attachments.findByCardIdOrderByCreatedAtAscIdAsc(cardId)) {
            attachments.delete(a);
            store.deleteLater(a.getStorageKey());
        }
        checklist.deleteAll(checklist.findByCardIdOrderBySortKeyAscIdAsc(cardId));
        comments.deleteAll(comments.findByCardIdOrderByCreatedAtAscIdAsc(cardId));
        history.deleteAll(history.findByCardIdOrderByCreatedAtDescIdDesc(cardId));
        // No renumbering: the other cards' ranks stay valid, so deleting writes no other card.
        cards.delete(c);
        support.announce(experimentId, cardId);
    }

    /**
     * Puts a card at {@code index} (0 = top, counted without the card itself) of a column, between or within columns;
     * the order is stored. Moves never conflict: the last one wins, and everyone sees it live. Writes one card row:
     * its rank goes between its new neighbours' (see {@link Ranks}); the source and target columns are locked first
     * (ascending id), then the card, so moves in the same columns queue instead of deadlocking.
     */
    @Transactional
    public void move(long experimentId, long cardId, long targetColumnId, int index) {
        MemberRole role = access.requireMember(experimentId);
        long source = support.columnOfCard(experimentId, cardId);
        locks.columns(experimentId, List.of(source, targetColumnId));
        Card c = support.editableCard(experimentId, cardId, role);
        if (c.getColumnId() != source) {
            throw new LostRaceException("Card " + cardId + " moved while its columns were being locked");
        }
        support.columnOf(experimentId, targetColumnId);
        placement.place(experimentId, c, targetColumnId, index);
    }

    /** The keyboard/menu alternative: left/right to the neighbouring column (same height), up/down within it. */
    @Transactional
    public void move(long experimentId, long cardId, Direction direction) {
        MemberRole role = access.requireMember(experimentId);
        long source = support.columnOfCard(experimentId, cardId);
        List<BoardColumn> cols = columns.findByExperimentIdOrderBySortKeyAscIdAsc(experimentId);
        int col = PlanningSupport.indexOf(cols, source);
        long target = source;
        if (direction == Direction.LEFT || direction == Direction.RIGHT) {
            int to = col + (direction == Direction.LEFT ? -1 : 1);
            if (to < 0 || to >= cols.size()) {
                return;
            }
            target = cols.get(to).getId();
        }
        locks.columns(experimentId, List.of(source, target));
        Card c = support.editableCard(experimentId, cardId, role);
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
        placement.place(experimentId, c, target, index);
    }

}
