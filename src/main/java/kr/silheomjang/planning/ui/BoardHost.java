package kr.silheomjang.planning.ui;

import kr.silheomjang.planning.Board;
import kr.silheomjang.planning.ColumnView;
import kr.silheomjang.planning.Direction;
import kr.silheomjang.ui.LiveForm;

/**
 * What the board's parts (columns, cards) and its dialogs need from the board they belong to. They talk to the
 * view only through this, so none of them reaches into the view's fields.
 */
interface BoardHost {

    long experiment();

    /** The board as last read (members, categories, whether the user manages it). */
    Board currentBoard();

    BoardServices services();

    /** Runs a change of the board (explained if refused); true when it went through. The board is re-read after. */
    boolean change(Runnable change);

    /** Re-reads the board after a dialog changed something. */
    void refreshBoard();

    LiveForm.Presence formPresence(String form);

    void openCard(long cardId);

    void move(long cardId, Direction direction);

    /** A card dropped at {@code index} of a column (index counted without the card itself). */
    default void drop(long cardId, long columnId, int index) {
        change(() -> services().cards().move(experiment(), cardId, columnId, index));
    }

    String getTranslation(String key, Object... params);
}
