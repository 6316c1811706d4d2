package kr.silheomjang.planning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.planning.internal.BoardColumn;
import kr.silheomjang.planning.internal.BoardColumnRepository;
import kr.silheomjang.planning.internal.BoardLocks;
import kr.silheomjang.planning.internal.CardPlacement;
import kr.silheomjang.planning.internal.CardRepository;
import kr.silheomjang.planning.internal.PlanningSupport;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.Ranks;
import kr.silheomjang.shared.UserFacingException;

/**
 * The board's columns: add, rename with a WIP limit, reorder, remove an empty one. Owners and planners only. Every
 * change locks the experiment's columns first (see {@code BoardLocks}) and is announced as {@link PlanningLive#BOARD}.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class BoardColumnService {

    static final int MAX_COLUMNS = 12;

    private final BoardColumnRepository columns;
    private final CardRepository cards;
    private final BoardLocks locks;
    private final PlanningSupport support;
    private final ExperimentAccess access;
    private final Clock clock;

    BoardColumnService(BoardColumnRepository columns, CardRepository cards, BoardLocks locks, PlanningSupport support,
            ExperimentAccess access, Clock clock) {
        this.columns = columns;
        this.cards = cards;
        this.locks = locks;
        this.support = support;
        this.access = access;
        this.clock = clock;
    }

    public long addColumn(long experimentId, String name) {
        access.requireEditor(experimentId);
        String clean = validColumnName(name);
        locks.allColumns(experimentId);
        List<BoardColumn> cols = columns.findByExperimentIdOrderBySortKeyAscIdAsc(experimentId);
        if (cols.size() >= MAX_COLUMNS) {
            throw new UserFacingException("planning.error.tooManyColumns");
        }
        String next = Ranks.after(cols.isEmpty() ? null : cols.get(cols.size() - 1).getSortKey());
        BoardColumn col = columns.save(new BoardColumn(experimentId, clean, next, clock.instant(),
                support.me().displayName()));
        support.announce(experimentId);
        return col.getId();
    }

    /** Renames a column and sets (or clears, with null) its WIP limit. */
    public void updateColumn(long experimentId, long columnId, long expectedVersion, String name,
            @Nullable Integer wipLimit) {
        access.requireEditor(experimentId);
        String clean = validColumnName(name);
        if (wipLimit != null && (wipLimit < 1 || wipLimit > 999)) {
            throw new UserFacingException("planning.error.wipLimit");
        }
        locks.columns(experimentId, List.of(columnId));
        BoardColumn col = support.columnOf(experimentId, columnId);
        if (col.getVersion() != expectedVersion) {
            throw new ConflictException(col.getUpdatedByName(), col.getUpdatedAt());
        }
        col.setName(clean);
        col.setWipLimit(wipLimit);
        col.touch(clock.instant(), support.me().displayName());
        support.announce(experimentId);
    }

    /** Moves a column one place left (-1) or right (+1). */
    public void moveColumn(long experimentId, long columnId, int delta) {
        access.requireEditor(experimentId);
        locks.allColumns(experimentId);
        List<BoardColumn> cols = new ArrayList<>(columns.findByExperimentIdOrderBySortKeyAscIdAsc(experimentId));
        int from = PlanningSupport.indexOf(cols, columnId);
        int to = Math.max(0, Math.min(cols.size() - 1, from + Integer.signum(delta)));
        if (from == to) {
            return;
        }
        BoardColumn col = cols.remove(from);
        String before = to == 0 ? null : cols.get(to - 1).getSortKey();
        String after = to == cols.size() ? null : cols.get(to).getSortKey();
        String key = CardPlacement.rankBetween(before, after);
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
        col.touch(clock.instant(), support.me().displayName());
        support.announce(experimentId);
    }

    /** Removes an empty column; a column with cards is refused, and the last column stays. */
    public void removeColumn(long experimentId, long columnId) {
        access.requireEditor(experimentId);
        locks.allColumns(experimentId);
        BoardColumn col = support.columnOf(experimentId, columnId);
        if (cards.countByColumnId(columnId) > 0) {
            throw new UserFacingException("planning.error.columnNotEmpty");
        }
        if (columns.findByExperimentIdOrderBySortKeyAscIdAsc(experimentId).size() <= 1) {
            throw new UserFacingException("planning.error.lastColumn");
        }
        columns.delete(col);
        support.announce(experimentId);
    }

    private static String validColumnName(@Nullable String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new UserFacingException("planning.error.columnName.required");
        }
        if (clean.length() > 60) {
            throw new UserFacingException("planning.error.columnName.tooLong");
        }
        return clean;
    }
}
