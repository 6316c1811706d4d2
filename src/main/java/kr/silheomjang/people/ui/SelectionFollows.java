package kr.silheomjang.people.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;

import kr.silheomjang.people.AttendanceStatus;

/**
 * Selected rows that someone else changed (a co-planner, or the person through their own link) while they were
 * selected for a bulk change. A row keeps its selection with its new version, unless its status moved: then it leaves
 * the selection and is named, since a bulk change over it would move someone from a status the user never saw.
 */
final class SelectionFollows {

    private SelectionFollows() {
    }

    /**
     * Rows are equal by their person (as the grids' rows are), so the fresh row finds the selected one. After the
     * user's own change ({@code own}) every selected row keeps its selection: the status moved because they moved it.
     */
    static <T> void follow(Component where, Grid<T> grid, Collection<T> fresh, Function<T, AttendanceStatus> status,
            Function<T, String> name, boolean own) {
        Map<T, T> selected = grid.getSelectedItems().stream()
                .collect(Collectors.toMap(Function.identity(), Function.identity()));
        List<String> dropped = new ArrayList<>();
        for (T now : fresh) {
            T before = selected.get(now);
            if (before == null) {
                continue;
            }
            grid.deselect(before);
            if (own || status.apply(before) == status.apply(now)) {
                grid.select(now);
            } else {
                dropped.add(name.apply(now));
            }
        }
        if (!dropped.isEmpty()) {
            Notification.show(where.getTranslation("people.selection.changed", String.join(", ", dropped)), 6000,
                    Notification.Position.BOTTOM_START);
        }
    }
}
