package kr.silheomjang.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

import org.springframework.stereotype.Component;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.shared.retry.TransientRetry;
import kr.silheomjang.support.CommitOrder;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/**
 * Issue 19, point 3: a busy team on one board. {@code members} threads (the owner and planners invited through
 * {@link Teams}) each make {@code writes} changes through the services at the same time: moves across and within
 * columns (by index and by direction), card edits, calendar drags of due dates, checklist ticks and comments. Then:
 * no unexpected exception; every change either applied or refused with a message; each column's order is a
 * permutation of the cards with no equal ranks; and replaying the applied changes in commit order on a plain model
 * of the board gives exactly the final board. Shared by the H2 and the MariaDB test.
 */
@Component
public final class BoardConcurrency {

    public record Result(int applied, int refused, long retries, long givenUp, long millis) {
    }

    private enum Kind { MOVE_TO, MOVE_DIRECTION, EDIT, DUE, TICK, COMMENT }

    private record Op(Kind kind, long card, long column, int index, Direction direction, String text, long item,
            boolean done, LocalDate due) {
    }

    private record Applied(long seq, Op op) {
    }

    private final PlanningService planning;
    private final ChecklistService checklist;
    private final CommentService comments;
    private final ExperimentService experiments;
    private final AccountService accounts;
    private final Teams teams;
    private final SignedIn signedIn;
    private final CommitOrder commitOrder;
    private final TransientRetry retry;
    private final JdbcTemplate jdbc;

    public BoardConcurrency(PlanningService planning, ChecklistService checklist, CommentService comments,
            ExperimentService experiments, AccountService accounts,
            Teams teams, SignedIn signedIn, CommitOrder commitOrder, TransientRetry retry, JdbcTemplate jdbc) {
        this.planning = planning;
        this.checklist = checklist;
        this.comments = comments;
        this.experiments = experiments;
        this.accounts = accounts;
        this.teams = teams;
        this.signedIn = signedIn;
        this.commitOrder = commitOrder;
        this.retry = retry;
        this.jdbc = jdbc;
    }

    public Result run(int members, int writes) throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String owner = "owner-" + tag + "@test.kr";
        accounts.createAccount(owner, "김동시", Teams.PASSWORD);
        long experimentId = signedIn.as(owner, () -> experiments.create(Drafts.valid("동시 편집 실험장")));
        List<String> people = new ArrayList<>();
        people.add(owner);
        for (int i = 1; i < members; i++) {
            String planner = "planner" + i + "-" + tag + "@test.kr";
            accounts.createAccount(planner, "기획" + i, Teams.PASSWORD);
            teams.join(owner, experimentId, planner, MemberRole.PLANNER);
            people.add(planner);
        }
        // A fuller board: the 13 template cards in the first column plus a few in every column.
        Board start = signedIn.as(owner, () -> planning.board(experimentId));
        for (ColumnView c : start.columns()) {
            for (int i = 0; i < 3; i++) {
                int n = i;
                signedIn.as(owner, () -> planning.createCard(experimentId, c.id(), c.name() + " 카드 " + n));
            }
        }
        Model model = Model.of(signedIn.as(owner, () -> planning.board(experimentId)));
        List<Long> cardIds = List.copyOf(model.titles.keySet());
        List<Long> columnIds = List.copyOf(model.columns.keySet());
        Map<Long, List<Long>> items = new HashMap<>();
        for (long card : cardIds) {
            CardDetails d = signedIn.as(owner, () -> planning.card(experimentId, card));
            items.put(card, d.checklist().stream().map(CardDetails.ChecklistLine::id).toList());
            d.checklist().forEach(l -> model.done.put(l.id(), l.done()));
        }

        long retriesBefore = retry.retries();
        long givenUpBefore = retry.givenUp();
        ConcurrentLinkedQueue<Applied> applied = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Op> refused = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(members);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < members; t++) {
            String who = people.get(t);
            Random random = new Random(1000L + t);
            int thread = t;
            done.add(pool.submit(() -> {
                go.await();
                for (int w = 0; w < writes; w++) {
                    Op op = pick(random, thread, w, cardIds, columnIds, items);
                    commitOrder.reset();
                    try {
                        signedIn.run(who, () -> apply(experimentId, op));
                        Long seq = commitOrder.last();
                        if (seq != null) {
                            applied.add(new Applied(seq, op));
                        }
                    } catch (ConflictException | UserFacingException expected) {
                        refused.add(op);
                    } catch (PessimisticLockingFailureException givenUp) {
                        // Every retry lost its lock race (a heavily loaded machine): nothing was written and the page
                        // tells the user in Korean to try again, so it is a refusal; the figures print how many.
                        refused.add(op);
                    } catch (Throwable e) {
                        unexpected.add(e);
                    }
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        go.countDown();
        for (Future<?> f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
        long millis = (System.nanoTime() - began) / 1_000_000;
        pool.shutdown();

        assertThat(unexpected).as("unexpected exceptions").isEmpty();
        assertThat(applied.size() + refused.size()).as("changes that returned without applying anything")
                .isLessThanOrEqualTo(members * writes);

        Board end = signedIn.as(owner, () -> planning.board(experimentId));
        // Every card exactly once, in some column; no two cards of a column share a rank.
        List<Long> placed = end.columns().stream().flatMap(c -> c.cards().stream()).map(CardSummary::id).toList();
        assertThat(placed).as("cards on the board after the run").containsExactlyInAnyOrderElementsOf(cardIds);
        List<Map<String, Object>> ranks = jdbc.queryForList(
                "select column_id, sort_key from card where experiment_id = ? order by column_id, sort_key, id",
                experimentId);
        for (int i = 1; i < ranks.size(); i++) {
            if (ranks.get(i).get("column_id").equals(ranks.get(i - 1).get("column_id"))) {
                assertThat((String) ranks.get(i).get("sort_key")).as("ranks within a column are distinct")
                        .isGreaterThan((String) ranks.get(i - 1).get("sort_key"));
            }
        }

        // Replaying what was applied, in commit order, gives the board everyone sees.
        List<Applied> ordered = new ArrayList<>(applied);
        ordered.sort(Comparator.comparingLong(Applied::seq));
        assertThat(ordered.stream().map(Applied::seq).distinct().count()).isEqualTo(ordered.size());
        for (Applied a : ordered) {
            model.apply(a.op());
        }
        Model actual = Model.of(end);
        for (long card : cardIds) {
            CardDetails d = signedIn.as(owner, () -> planning.card(experimentId, card));
            d.checklist().forEach(l -> actual.done.put(l.id(), l.done()));
        }
        assertThat(actual.columns).as("column order after replay").isEqualTo(model.columns);
        assertThat(actual.titles).as("titles after replay").isEqualTo(model.titles);
        assertThat(actual.dues).as("due dates after replay").isEqualTo(model.dues);
        assertThat(actual.done).as("checklist ticks after replay").isEqualTo(model.done);
        assertThat(actual.comments).as("comment counts after replay").isEqualTo(model.comments);

        Result result = new Result(applied.size(), refused.size(), retry.retries() - retriesBefore,
                retry.givenUp() - givenUpBefore, millis);
        System.out.printf("Board concurrency: %d members x %d writes in %d ms: %d applied, %d refused with a message,"
                + " %d retries, %d given up%n", members, writes, millis, result.applied(), result.refused(),
                result.retries(), result.givenUp());
        return result;
    }

    private Op pick(Random r, int thread, int w, List<Long> cards, List<Long> columns, Map<Long, List<Long>> items) {
        long card = cards.get(r.nextInt(cards.size()));
        int roll = r.nextInt(100);
        if (roll < 35) {
            return new Op(Kind.MOVE_TO, card, columns.get(r.nextInt(columns.size())), r.nextInt(12), null, null, 0,
                    false, null);
        }
        if (roll < 55) {
            return new Op(Kind.MOVE_DIRECTION, card, 0, 0, Direction.values()[r.nextInt(4)], null, 0, false, null);
        }
        if (roll < 68) {
            return new Op(Kind.EDIT, card, 0, 0, null, "편집 " + thread + "-" + w, 0, false, null);
        }
        if (roll < 76) {
            return new Op(Kind.DUE, card, 0, 0, null, null, 0, false, LocalDate.of(2027, 3, 1).plusDays(r.nextInt(60)));
        }
        List<Long> lines = items.get(card);
        if (roll < 90 && !lines.isEmpty()) {
            return new Op(Kind.TICK, card, 0, 0, null, null, lines.get(r.nextInt(lines.size())), r.nextBoolean(),
                    null);
        }
        return new Op(Kind.COMMENT, card, 0, 0, null, "댓글 " + thread + "-" + w, 0, false, null);
    }

    private void apply(long experimentId, Op op) {
        switch (op.kind()) {
            case MOVE_TO -> planning.move(experimentId, op.card(), op.column(), op.index());
            case MOVE_DIRECTION -> planning.move(experimentId, op.card(), op.direction());
            case EDIT -> {
                CardDetails d = planning.card(experimentId, op.card());
                CardDraft draft = CardDraft.of(d);
                planning.updateCard(experimentId, op.card(), d.version(), new CardDraft(op.text(), draft.description(),
                        draft.category(), draft.due(), draft.assigneeIds(), draft.labels()));
            }
            case DUE -> planning.moveDue(experimentId, op.card(), op.due());
            case TICK -> checklist.tick(experimentId, op.card(), op.item(), op.done());
            case COMMENT -> comments.comment(experimentId, op.card(), op.text());
        }
    }

    /** The board as plain data, and the services' rules for each change, applied one after the other. */
    private static final class Model {
        final Map<Long, List<Long>> columns = new LinkedHashMap<>();
        final Map<Long, String> titles = new HashMap<>();
        final Map<Long, LocalDate> dues = new HashMap<>();
        final Map<Long, Integer> comments = new HashMap<>();
        final Map<Long, Boolean> done = new HashMap<>();

        static Model of(Board board) {
            Model m = new Model();
            for (ColumnView c : board.columns()) {
                m.columns.put(c.id(), new ArrayList<>(c.cards().stream().map(CardSummary::id).toList()));
                for (CardSummary s : c.cards()) {
                    m.titles.put(s.id(), s.title());
                    m.dues.put(s.id(), s.due());
                    m.comments.put(s.id(), s.comments());
                }
            }
            return m;
        }

        void apply(Op op) {
            switch (op.kind()) {
                case MOVE_TO -> place(op.card(), op.column(), op.index());
                case MOVE_DIRECTION -> {
                    long source = columnOf(op.card());
                    List<Long> order = new ArrayList<>(columns.keySet());
                    int col = order.indexOf(source);
                    int pos = columns.get(source).indexOf(op.card());
                    switch (op.direction()) {
                        case LEFT, RIGHT -> {
                            int to = col + (op.direction() == Direction.LEFT ? -1 : 1);
                            if (to >= 0 && to < order.size()) {
                                place(op.card(), order.get(to), pos);
                            }
                        }
                        case UP, DOWN -> {
                            int to = pos + (op.direction() == Direction.UP ? -1 : 1);
                            if (to >= 0 && to < columns.get(source).size()) {
                                place(op.card(), source, to);
                            }
                        }
                    }
                }
                case EDIT -> titles.put(op.card(), op.text());
                case DUE -> dues.put(op.card(), op.due());
                case TICK -> done.put(op.item(), op.done());
                case COMMENT -> comments.merge(op.card(), 1, Integer::sum);
            }
        }

        private void place(long card, long column, int index) {
            columns.get(columnOf(card)).remove(card);
            List<Long> target = columns.get(column);
            target.add(Math.max(0, Math.min(target.size(), index)), card);
        }

        private long columnOf(long card) {
            return columns.entrySet().stream().filter(e -> e.getValue().contains(card)).findFirst().orElseThrow()
                    .getKey();
        }
    }
}
