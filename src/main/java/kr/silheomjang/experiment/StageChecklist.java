package kr.silheomjang.experiment;

import java.time.LocalDate;
import java.util.List;

/**
 * The stage guide of one experiment: every contributed item with its state, and the date flags.
 *
 * @param version the experiment's version, which a stage move must match
 */
public record StageChecklist(long experimentId, long version, Stage stage, LocalDate eventDate,
        List<StageCheckItem> items, List<StageFlag> flags) {

    /** The items of one stage, in the order the sources gave them. */
    public List<StageCheckItem> of(Stage s) {
        return items.stream().filter(i -> i.stage() == s).toList();
    }

    /** The open items (neither done nor marked "해당 없음") of one stage. */
    public List<StageCheckItem> open(Stage s) {
        return items.stream().filter(i -> i.stage() == s && i.open()).toList();
    }
}
