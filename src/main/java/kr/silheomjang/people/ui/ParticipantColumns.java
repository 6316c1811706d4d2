package kr.silheomjang.people.ui;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ParticipantField;
import kr.silheomjang.people.ParticipantRow;
import kr.silheomjang.people.PhotoConsent;
import kr.silheomjang.shared.StoredText;
import kr.silheomjang.ui.Formats;

/**
 * The participants grid's columns, one per {@link ParticipantField}: header with the purpose as its description,
 * sortable where the service sorts, and the status and photo-consent badges.
 */
final class ParticipantColumns {

    private ParticipantColumns() {
    }

    static Map<ParticipantField, Grid.Column<ParticipantRow>> addTo(Grid<ParticipantRow> grid) {
        Map<ParticipantField, Grid.Column<ParticipantRow>> columns = new EnumMap<>(ParticipantField.class);
        for (ParticipantField f : ParticipantField.values()) {
            Grid.Column<ParticipantRow> column = switch (f) {
                case STATUS -> grid.addComponentColumn(r -> statusCell(grid, r));
                case PHOTO -> grid.addComponentColumn(r -> photoCell(grid, r));
                default -> grid.addColumn(r -> cellText(grid, f, r));
            };
            column.setKey(f.key()).setHeader(header(grid, f));
            if (f == ParticipantField.NAME || f.isChoice()) {
                column.setSortable(true).setSortProperty(f.key());
            }
            if (f.maxLength() >= 1000) {
                column.setWidth(f.maxLength() > 1000 ? "12rem" : "10rem");
            } else {
                column.setAutoWidth(true);
            }
            columns.put(f, column);
        }
        return columns;
    }

    private static Component header(Grid<?> grid, ParticipantField f) {
        Span s = new Span(grid.getTranslation(f.labelKey()));
        String purpose = f.purposeKey();
        if (purpose != null) {
            s.setTitle(grid.getTranslation(purpose));
            s.getElement().setAttribute("aria-description", grid.getTranslation(purpose));
        }
        return s;
    }

    private static String cellText(Grid<?> grid, ParticipantField f, ParticipantRow r) {
        Object v = f.get(r.details());
        return v == null ? "" : v instanceof Enum<?> choice ? grid.getTranslation(ParticipantField.choiceKey(choice))
                // An anonymised participant's stored name ("익명-12") reads in the grid's language.
                : f == ParticipantField.NAME ? StoredText.show(v.toString(), grid::getTranslation) : v.toString();
    }

    private static Component statusCell(Grid<?> grid, ParticipantRow r) {
        Span badge = new Span(grid.getTranslation(r.status().messageKey()));
        badge.addClassNames("status-badge", "status-" + r.status().name().toLowerCase());
        LocalDate d = r.dateOf(r.status());
        Span date = new Span(d == null ? "" : d.getMonthValue() + "/" + d.getDayOfMonth());
        date.addClassName("status-date");
        // Every step reached so far, with its date, for the tooltip / screen readers.
        StringBuilder steps = new StringBuilder();
        for (AttendanceStatus s : AttendanceStatus.values()) {
            LocalDate sd = r.dateOf(s);
            if (sd != null) {
                steps.append(grid.getTranslation(s.messageKey())).append(' ').append(Formats.date(sd, grid.getUI().map(UI::getLocale).orElse(Locale.KOREAN)))
                        .append('\n');
            }
        }
        Span cell = new Span(badge, date);
        cell.setTitle(steps.toString().strip());
        cell.addClassName("status-cell");
        return cell;
    }

    private static Component photoCell(Grid<?> grid, ParticipantRow r) {
        Span s = new Span(grid.getTranslation(r.photoConsent().messageKey()));
        s.addClassNames("photo-badge", r.photoConsent() == PhotoConsent.REFUSED ? "photo-refused" : "photo-granted");
        return s;
    }
}
