package kr.silheomjang.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import kr.silheomjang.collab.LiveKind;

/**
 * Things with a due date that belong on an experiment's calendar but live in another feature (planning-board cards,
 * later others). The calendar asks every bean of this type; each source checks the caller's access to the experiment
 * itself and announces its own changes on the live-update bus.
 */
public interface DueDateSource {

    /** Items of the experiment due within {@code [from, to]} that the signed-in user may see. */
    List<DueItem> dueItems(long experimentId, LocalDate from, LocalDate to);

    /** The live-update kinds this source publishes when its items change, so the calendar hears them. */
    Set<? extends LiveKind> liveKinds();

    /** Moves one item's due date (e.g. dragged on the calendar); refuses like any edit the user may not make. */
    void moveDue(long experimentId, long itemId, LocalDate newDue);

    /** {@code kind} says which source (e.g. "card"), so the calendar can route a move back to it. */
    record DueItem(String kind, long id, String title, LocalDate due) {
    }
}
