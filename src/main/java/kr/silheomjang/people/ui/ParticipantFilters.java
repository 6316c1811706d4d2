package kr.silheomjang.people.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ParticipantFilter;
import kr.silheomjang.people.ParticipantGroup;
import kr.silheomjang.people.PhotoConsent;

/** The participants grid's filters: a search box and one select per group, status and photo consent. */
final class ParticipantFilters extends HorizontalLayout {

    final TextField search = new TextField();
    final Select<ParticipantGroup> groupFilter = new Select<>();
    final Select<AttendanceStatus> statusFilter = new Select<>();
    final Select<PhotoConsent> photoFilter = new Select<>();

    ParticipantFilters(Runnable changed) {
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("participant-search");
        searchesContacts(true);
        search.addValueChangeListener(e -> changed.run());
        setUp(groupFilter, ParticipantGroup.values(), g -> getTranslation(g.messageKey()), "people.filter.group",
                changed);
        setUp(statusFilter, AttendanceStatus.values(), s -> getTranslation(s.messageKey()), "people.filter.status",
                changed);
        setUp(photoFilter, PhotoConsent.values(), p -> getTranslation(p.messageKey()), "people.filter.photo",
                changed);
        add(search, groupFilter, statusFilter, photoFilter);
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    /** Says what the search looks at: contacts too, or (for guests who may not see them) names only. */
    void searchesContacts(boolean contacts) {
        String hint = getTranslation(contacts ? "people.filter.search" : "people.filter.searchName");
        search.setPlaceholder(hint);
        search.setAriaLabel(hint);
    }

    ParticipantFilter value() {
        return new ParticipantFilter(search.getValue(), groupFilter.getValue(), statusFilter.getValue(),
                photoFilter.getValue());
    }

    private <T> void setUp(Select<T> select, T[] values, ItemLabelGenerator<T> label, String key, Runnable changed) {
        select.setItems(values);
        // The empty choice ("all") reaches the generator as null.
        select.setItemLabelGenerator(v -> v == null ? getTranslation(key) : label.apply(v));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(key));
        select.setAriaLabel(getTranslation(key));
        select.addValueChangeListener(e -> changed.run());
    }
}
