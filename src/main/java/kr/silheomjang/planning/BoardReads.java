package kr.silheomjang.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kr.silheomjang.collab.ReadFreshness;
import kr.silheomjang.collab.SharedReads;

import kr.silheomjang.experiment.ExperimentDetails;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.planning.internal.BoardColumn;
import kr.silheomjang.planning.internal.BoardColumnRepository;
import kr.silheomjang.planning.internal.BoardSeeder;
import kr.silheomjang.planning.internal.Card;
import kr.silheomjang.planning.internal.CardAttachmentRepository;
import kr.silheomjang.planning.internal.CardCommentRepository;
import kr.silheomjang.planning.internal.CardHistoryRepository;
import kr.silheomjang.planning.internal.CardRepository;
import kr.silheomjang.planning.internal.ChecklistItemRepository;
import kr.silheomjang.planning.internal.PlanningSupport;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.UserFacingException;

/**
 * Assembles what {@link PlanningService} returns (the board, a card's details) and checks a card draft. No access
 * checks of its own: it runs only inside the service's methods, after theirs. The board's shared part is read in a
 * transaction of its own that begins after the change the caller heard of (see {@link ReadFreshness}).
 */
@Component
class BoardReads {

    private final BoardColumnRepository columns;
    private final CardRepository cards;
    private final ChecklistItemRepository checklist;
    private final CardCommentRepository comments;
    private final CardHistoryRepository history;
    private final CardAttachmentRepository attachments;
    private final BoardSeeder seeder;
    private final PlanningSupport support;
    private final ExperimentService experiments;
    private final CurrentUser currentUser;
    private final SharedReads shared;
    private final TransactionTemplate writeTx;
    /** The shared read's own transaction: its queries see one state of the board. */
    private final TransactionTemplate readTx;

    BoardReads(BoardColumnRepository columns, CardRepository cards, ChecklistItemRepository checklist,
            CardCommentRepository comments, CardHistoryRepository history, CardAttachmentRepository attachments,
            BoardSeeder seeder, PlanningSupport support, ExperimentService experiments, CurrentUser currentUser,
            SharedReads shared, PlatformTransactionManager transactions) {
        this.shared = shared;
        this.writeTx = new TransactionTemplate(transactions);
        this.readTx = new TransactionTemplate(transactions);
        readTx.setReadOnly(true);
        this.columns = columns;
        this.cards = cards;
        this.checklist = checklist;
        this.comments = comments;
        this.history = history;
        this.attachments = attachments;
        this.seeder = seeder;
        this.support = support;
        this.experiments = experiments;
        this.currentUser = currentUser;
    }

    /**
     * The board for one viewer: the shared part (columns, cards, people) from {@link SharedReads}, so the open
     * boards of one node hearing the same change read it once; the viewer's role and id added on top. An experiment
     * made before the board existed gets its default columns here (the first editor who opens it).
     */
    Board board(long experimentId, MemberRole role) {
        SharedBoard board = sharedBoard(experimentId);
        if (board.columns().isEmpty() && role.canEdit()) {
            String me = currentUser.require().displayName();
            writeTx.executeWithoutResult(s -> seeder.createDefaultColumns(experimentId, me));
            // Read again after the columns exist: outside any live update a read must begin now.
            board = ReadFreshness.fresh(() -> sharedBoard(experimentId));
        }
        return new Board(experimentId, board.columns(), board.people(), role, currentUser.require().id(),
                board.labels(), board.categories());
    }

    private SharedBoard sharedBoard(long experimentId) {
        return shared.get(new BoardKey(experimentId),
                (SharedBoard previous) -> readTx.execute(s -> readShared(experimentId, previous)));
    }

    /** The board's shared part, per experiment (see {@link SharedReads}). */
    private record BoardKey(long experimentId) {
    }

    /** Columns, cards, assignees, labels, checklist progress and comment counts: one query each, any card count. */
    private SharedBoard readShared(long experimentId, @org.jspecify.annotations.Nullable SharedBoard previous) {
        ExperimentDetails details = experiments.get(experimentId);
        List<BoardColumn> cols = columns.findByExperimentIdOrderBySortKeyAscIdAsc(experimentId);
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
                col.getName(), col.getWipLimit(), List.copyOf(byColumn.getOrDefault(col.getId(), List.of()))))
                .toList();
        List<Board.Person> people = details.members().stream()
                .map(m -> new Board.Person(m.userId(), m.displayName(), m.role())).toList();
        return SharedBoard.keeping(previous, columnViews, people);
    }

    CardDetails card(long experimentId, long cardId, MemberRole role) {
        Card c = support.cardOf(experimentId, cardId);
        BoardColumn col = columns.findById(c.getColumnId()).orElseThrow();
        Map<String, Long> names = support.memberNames(experimentId);
        return new CardDetails(c.getId(), c.getVersion(), c.getColumnId(), col.getName(), c.getTitle(),
                Objects.requireNonNullElse(c.getDescription(), ""), Markdown.toSafeHtml(c.getDescription()),
                Objects.requireNonNullElse(c.getCategory(), ""), c.getDueDate(), Set.copyOf(c.getAssigneeIds()),
                sorted(new ArrayList<>(c.getLabels())),
                checklist.findByCardIdOrderBySortKeyAscIdAsc(cardId).stream()
                        .map(i -> new CardDetails.ChecklistLine(i.getId(), i.getText(), i.getDoneAt() != null,
                                i.getTextVersion(), i.getUpdatedByName()))
                        .toList(),
                comments.findByCardIdOrderByCreatedAtAscIdAsc(cardId).stream()
                        .map(m -> new CardDetails.Comment(m.getId(), m.getAuthorId(), m.getAuthorName(), m.getBody(),
                                m.getCreatedAt(), CommentService.mentions(m.getBody(), names), m.getEditedAt(),
                                m.getVersion()))
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


    void validate(long experimentId, CardDraft d) {
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
}
