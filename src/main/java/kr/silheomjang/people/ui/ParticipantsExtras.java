package kr.silheomjang.people.ui;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ParticipantField;
import kr.silheomjang.people.StatusCounts;

/** The read-only parts around the participants grid: status counts, print links and the purposes of each field. */
final class ParticipantsExtras {

    private ParticipantsExtras() {
    }

    /** Total and one chip per status; {@link #show} replaces them on every change. */
    static final class CountsBar extends Div {

        CountsBar() {
            setId("status-counts");
            addClassName("status-counts");
        }

        void show(StatusCounts c) {
            removeAll();
            Span total = new Span(getTranslation("people.counts.total", c.total()));
            total.addClassName("count-total");
            add(total);
            for (AttendanceStatus s : AttendanceStatus.values()) {
                if (s.recruitment() && c.of(s) == 0) {
                    continue; // recruitment steps only once someone is at them
                }
                Span chip = new Span(getTranslation(s.messageKey()) + " " + c.of(s));
                chip.addClassNames("count-chip", "status-" + s.name().toLowerCase());
                chip.getElement().setAttribute("data-status", s.name());
                add(chip);
            }
        }
    }

    /** A print list ("no-filming", "sign-in") opening in a new tab. */
    static RouterLink printLink(Component owner, long experimentId, String list, String textKey, String id) {
        RouterLink link = new RouterLink(owner.getTranslation(textKey), PeoplePrintView.class,
                new RouteParameters(Map.of("experimentId", String.valueOf(experimentId), "list", list)));
        link.setId(id);
        link.getElement().setAttribute("target", "_blank");
        link.addClassName("people-link-button");
        return link;
    }

    /** Why each personal field is kept, and for how long (one line per purpose, in field order). */
    static Details purposes(Component owner) {
        UnorderedList list = new UnorderedList();
        // Phone and e-mail share "contact".
        Arrays.stream(ParticipantField.values()).map(ParticipantField::purposeKey).filter(Objects::nonNull).distinct()
                .forEach(purpose -> list.add(new ListItem(owner.getTranslation(
                        "people.field." + purpose.substring("people.purpose.".length())) + " — "
                        + owner.getTranslation(purpose))));
        Paragraph retention = new Paragraph(owner.getTranslation("people.purpose.retention"));
        retention.addClassName("help-text");
        Details purposes = new Details(owner.getTranslation("people.purpose.title"), new Div(list, retention));
        purposes.setId("purposes");
        purposes.addClassName("purposes");
        return purposes;
    }
}
