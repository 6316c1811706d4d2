package kr.silheomjang.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import kr.silheomjang.planning.ColumnView;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.KeepTyped;

/** Adds a column, or renames one and sets its WIP limit. */
final class ColumnDialog extends Dialog {

    final TextField name = new TextField();
    final IntegerField wipLimit = new IntegerField();
    final Button save = new Button();

    private ColumnDialog(BoardHost board, ColumnView column) {
        setId("column-dialog");
        setHeaderTitle(board.getTranslation(column == null ? "planning.addColumn" : "planning.column.edit"));
        name.setLabel(board.getTranslation("planning.column.name"));
        name.setId("column-name");
        name.setWidthFull();
        wipLimit.setLabel(board.getTranslation("planning.column.wip"));
        wipLimit.setId("column-wip");
        wipLimit.setMin(1);
        wipLimit.setVisible(column != null);
        if (column != null) {
            name.setValue(column.name());
            wipLimit.setValue(column.wipLimit());
        }
        save.setText(board.getTranslation("planning.save"));
        save.setId("save-column");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // The column as last shown: a save is checked against it. Told of a co-planner's change (the board shows it),
        // the user keeps what they typed here, and saving again saves it over that change knowingly.
        long[] version = {column == null ? 0 : column.version()};
        save.addClickListener(e -> {
            boolean ok = Actions.on(this).afterRefusal(board::refreshBoard).afterConflict(() -> {
                board.refreshBoard();
                board.currentBoard().columns().stream().filter(c -> c.id() == column.id()).findFirst()
                        .ifPresentOrElse(latest -> version[0] = latest.version(), this::close);
            }).run(() -> {
                if (column == null) {
                    board.services().columns().addColumn(board.experiment(), name.getValue());
                } else {
                    board.services().columns().updateColumn(board.experiment(), column.id(), version[0],
                            name.getValue(), wipLimit.getValue());
                }
            });
            if (ok) {
                board.refreshBoard();
                close();
            }
        });
        Button cancel = new Button(board.getTranslation("planning.cancel"), e -> close());
        add(name, wipLimit);
        getFooter().add(cancel, save);
        KeepTyped.guard(this, name, wipLimit);
    }

    static ColumnDialog forNew(BoardHost board) {
        return new ColumnDialog(board, null);
    }

    static ColumnDialog forEdit(BoardHost board, ColumnView column) {
        return new ColumnDialog(board, column);
    }
}
