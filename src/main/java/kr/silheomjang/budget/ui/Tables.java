package kr.silheomjang.budget.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

/** Small helpers for the budget's plain HTML tables (real th/td, so screen readers announce headers). */
final class Tables {

    private Tables() {
    }

    static NativeTable table(String id, String caption, String... headings) {
        NativeTable t = new NativeTable();
        t.setId(id);
        t.addClassName("budget-table");
        t.setCaptionText(caption);
        NativeTableRow head = t.getHead().addRow();
        for (String h : headings) {
            NativeTableHeaderCell c = head.addHeaderCell();
            c.setText(h);
            c.getElement().setAttribute("scope", "col");
        }
        return t;
    }

    static NativeTableCell text(NativeTableRow row, String text) {
        NativeTableCell c = row.addDataCell();
        c.setText(text);
        return c;
    }

    static NativeTableCell amount(NativeTableRow row, String text) {
        NativeTableCell c = text(row, text);
        c.addClassName("budget-amount");
        return c;
    }

    static NativeTableCell cell(NativeTableRow row, Component... content) {
        NativeTableCell c = row.addDataCell();
        c.add(content);
        return c;
    }

    static NativeTableHeaderCell rowHeader(NativeTableRow row, String text) {
        NativeTableHeaderCell c = row.addHeaderCell();
        c.setText(text);
        c.getElement().setAttribute("scope", "row");
        return c;
    }
}
