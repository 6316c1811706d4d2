package kr.silheomjang.planning.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

import kr.silheomjang.planning.Board;
import kr.silheomjang.planning.BoardFilter;

/**
 * The board's filter bar: assignee, label, category, due, "mine", clear, and how many cards are shown. The choices
 * follow the board as it is read; a change of a choice (not a re-read) asks the board to render again.
 */
final class BoardFilters extends HorizontalLayout {

    final Select<Long> assigneeFilter = new Select<>();
    final Select<String> labelFilter = new Select<>();
    final Select<String> categoryFilter = new Select<>();
    final Select<BoardFilter.Due> dueFilter = new Select<>();
    final Checkbox mineFilter = new Checkbox();
    final Button clearFilters = new Button();
    final Span filterInfo = new Span();
    private String shownInfo = "";
    private boolean renderingChoices;
    /** The members the assignee choice was last built from: rebuilt only when they change (see showChoices). */
    private List<Board.Person> shownMembers;
    /** Likewise the labels and categories offered (asking the Select for its items costs a stream per change). */
    private List<String> shownLabels;
    private List<String> shownCategories;

    /** The filter as the choices make it, until one changes (null: make it again): read on every change. */
    private BoardFilter current;

    BoardFilters(Runnable changed) {
        // First of each choice's listeners, so that the board's render after a change makes the filter anew.
        for (com.vaadin.flow.component.HasValue<?, ?> f : List.of(assigneeFilter, labelFilter, categoryFilter,
                dueFilter, mineFilter)) {
            f.addValueChangeListener(e -> current = null);
        }
        addClassName("planning-filters");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        String any = getTranslation("planning.filter.due.ANY");
        assigneeFilter.setLabel(getTranslation("planning.filter.assignee"));
        assigneeFilter.setId("filter-assignee");
        labelFilter.setLabel(getTranslation("planning.filter.label"));
        labelFilter.setId("filter-label");
        categoryFilter.setLabel(getTranslation("planning.filter.category"));
        categoryFilter.setId("filter-category");
        for (Select<?> s : List.of(assigneeFilter, labelFilter, categoryFilter)) {
            s.setEmptySelectionAllowed(true);
            s.setEmptySelectionCaption(any);
        }
        dueFilter.setLabel(getTranslation("planning.filter.due"));
        dueFilter.setItems(BoardFilter.Due.values());
        dueFilter.setItemLabelGenerator(d -> getTranslation("planning.filter.due." + d.name()));
        dueFilter.setValue(BoardFilter.Due.ANY);
        dueFilter.setId("filter-due");
        mineFilter.setLabel(getTranslation("planning.filter.mine"));
        mineFilter.setId("filter-mine");
        clearFilters.setText(getTranslation("planning.filter.clear"));
        clearFilters.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clearFilters.addClickListener(e -> {
            renderingChoices = true;
            assigneeFilter.clear();
            labelFilter.clear();
            categoryFilter.clear();
            dueFilter.setValue(BoardFilter.Due.ANY);
            mineFilter.setValue(false);
            renderingChoices = false;
            changed.run();
        });
        for (var f : List.of(assigneeFilter, labelFilter, categoryFilter, dueFilter)) {
            f.addValueChangeListener(e -> {
                if (!renderingChoices) {
                    changed.run();
                }
            });
        }
        mineFilter.addValueChangeListener(e -> changed.run());
        filterInfo.addClassName("planning-filter-info");
        filterInfo.setId("filter-info");
        add(assigneeFilter, labelFilter, categoryFilter, dueFilter, mineFilter, clearFilters, filterInfo);
    }

    BoardFilter filter() {
        if (current == null) {
            current = new BoardFilter(assigneeFilter.getValue(), labelFilter.getValue(), categoryFilter.getValue(),
                    dueFilter.getValue(), mineFilter.getValue());
        }
        return current;
    }

    /** Offers the members, labels and categories of the board as read; a choice that no longer exists is dropped. */
    void showChoices(Board board) {
        renderingChoices = true;
        try {
            // Setting a Select's items rebuilds one item component per member and re-sends them all: on every open
            // board, for every change, that was a third of the fan-out CPU (issue #21). Only a change of the members
            // (or their names) rebuilds the choice; the value is then kept when the person is still there.
            List<Board.Person> members = board.members();
            if (!members.equals(shownMembers)) {
                Long a = assigneeFilter.getValue();
                shownMembers = members;
                assigneeFilter.setItems(members.stream().map(Board.Person::userId).toList());
                assigneeFilter.setItemLabelGenerator(id -> id == null ? getTranslation("planning.filter.due.ANY")
                        : board.nameOf(id));
                assigneeFilter.setValue(a != null && members.stream().anyMatch(p -> p.userId() == a) ? a : null);
            }
            List<String> labels = board.labelsInUse();
            if (!labels.equals(shownLabels)) {
                shownLabels = labels;
                keepIfStillThere(labelFilter, labels);
            }
            List<String> categories = board.categoriesInUse();
            if (!categories.equals(shownCategories)) {
                shownCategories = categories;
                keepIfStillThere(categoryFilter, categories);
            }
        } finally {
            renderingChoices = false;
        }
    }

    void showCount(BoardFilter filter, int shown) {
        String info = filter.isEmpty() ? "" : getTranslation("planning.filter.shown", shown);
        // Setting even the same text replaces the span's text node, a change sent to every open board; the text as
        // last set is kept, since reading it back from the element walks its nodes on every open board per change.
        if (!info.equals(shownInfo)) {
            filterInfo.setText(info);
            shownInfo = info;
        }
    }

    private static void keepIfStillThere(Select<String> select, List<String> choices) {
        String current = select.getValue();
        if (!choices.equals(select.getListDataView().getItems().toList())) {
            select.setItems(choices);
            select.setValue(choices.contains(current) ? current : null);
        }
    }
}
