package kr.silheomjang.schedule.ui;

import java.time.LocalDate;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The event dialog's "move" row: a day or a week earlier or later, or to a picked date. It only says by how many
 * days; the dialog moves the event (and keeps what the user typed elsewhere).
 */
class EventMoveRow extends HorizontalLayout {

    final DatePicker moveTo;

    EventMoveRow(DatePicker moveTo, Supplier<LocalDate> currentStart, LongConsumer moveBy) {
        this.moveTo = moveTo;
        Span label = new Span(getTranslation("schedule.move.title"));
        label.addClassName("info-label");
        Button earlierWeek = button("schedule.move.earlierWeek", VaadinIcon.ANGLE_DOUBLE_LEFT, -7, moveBy);
        Button earlier = button("schedule.move.earlierDay", VaadinIcon.ANGLE_LEFT, -1, moveBy);
        Button later = button("schedule.move.laterDay", VaadinIcon.ANGLE_RIGHT, 1, moveBy);
        Button laterWeek = button("schedule.move.laterWeek", VaadinIcon.ANGLE_DOUBLE_RIGHT, 7, moveBy);
        later.setId("event-move-later");
        moveTo.setId("event-move-to");
        moveTo.setAriaLabel(getTranslation("schedule.move.toDate"));
        moveTo.setPlaceholder(getTranslation("schedule.move.toDate"));
        moveTo.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                moveBy.accept(e.getValue().toEpochDay() - currentStart.get().toEpochDay());
            }
        });
        add(label, earlierWeek, earlier, later, laterWeek, moveTo);
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWrap(true);
        addClassName("schedule-move-row");
    }

    private Button button(String key, VaadinIcon icon, int days, LongConsumer moveBy) {
        Button b = new Button(icon.create(), e -> moveBy.accept(days));
        b.setAriaLabel(getTranslation(key));
        b.setTooltipText(getTranslation(key));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return b;
    }
}
