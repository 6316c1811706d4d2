package kr.silheomjang.people.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.people.ParticipantRow;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.Messages;

/**
 * Print-friendly lists, without the app shell: the film crew's 촬영 불가 list and the day's sign-in sheet. A plain table
 * (not a grid) so every row reaches paper; print CSS drops the button and repeats the header on each page.
 */
@Route(value = "experiments/:experimentId/people/print/:list", autoLayout = false)
@PermitAll
@StyleSheet("css/people.css")
public class PeoplePrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ExperimentService experiments;
    private final ParticipantService participants;
    private final Clock clock;
    /** The two lists there are: their links in ParticipantsPanel and this route name them so. */
    static final String NO_FILMING = "no-filming";
    static final String SIGN_IN = "sign-in";

    private final Button print = new Button();
    final H1 heading = new H1();
    final Paragraph meta = new Paragraph();
    final Div table = new Div();
    private String title = "";

    public PeoplePrintView(ExperimentService experiments, ParticipantService participants, Clock clock) {
        this.experiments = experiments;
        this.participants = participants;
        this.clock = clock;
        addClassName("people-print");
        print.setText(getTranslation("people.print.button"));
        print.addClickListener(e -> getElement().executeJs("window.print()"));
        print.addClassName("no-print");
        print.setId("print-button");
        table.setId("print-table");
        add(print, heading, meta, table);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        String list = event.getRouteParameters().get("list").orElse("");
        String experimentTitle;
        List<ParticipantRow> rows;
        boolean noFilming = NO_FILMING.equals(list);
        try {
            id = Long.parseLong(event.getRouteParameters().get("experimentId").orElse(""));
            experimentTitle = experiments.get(id).title();
            if (!noFilming && !SIGN_IN.equals(list)) {
                // Membership checked above (a non-member is refused as before); a mistyped list is said to be one,
                // never printed as another list.
                unknownList();
                return;
            }
            rows = noFilming ? participants.noFilmingList(id)
                    : participants.list(id).stream().filter(r -> r.status().expectedOnTheDay()).toList();
        } catch (NumberFormatException | AccessDeniedException e) {
            Messages.showError(getTranslation("error.experiment.notAccessible"));
            event.forwardTo("");
            return;
        }
        print.setVisible(true);
        title = getTranslation(noFilming ? "people.print.noFilming" : "people.print.signIn");
        heading.setText(title);
        meta.setText(experimentTitle + " · " + Formats.date(LocalDate.now(clock), getLocale()) + " · "
                + getTranslation("people.counts.total", rows.size()));
        Element t = new Element("table");
        t.getClassList().add("print-table");
        Element head = new Element("thead");
        Element hr = new Element("tr");
        List<String> headers = noFilming
                ? List.of("people.print.no", "people.field.name", "people.field.group", "people.print.photoNote")
                : List.of("people.print.no", "people.field.name", "people.field.group", "people.print.signature");
        for (String h : headers) {
            hr.appendChild(new Element("th").setText(getTranslation(h)));
        }
        head.appendChild(hr);
        t.appendChild(head);
        Element body = new Element("tbody");
        int n = 1;
        for (ParticipantRow r : rows) {
            Element tr = new Element("tr");
            tr.appendChild(new Element("td").setText(String.valueOf(n++)));
            tr.appendChild(new Element("td").setText(r.name()));
            tr.appendChild(new Element("td").setText(getTranslation(r.group().messageKey())));
            tr.appendChild(new Element("td").setText(noFilming ? getTranslation("people.photo.REFUSED") : ""));
            body.appendChild(tr);
        }
        t.appendChild(body);
        table.getElement().removeAllChildren();
        table.getElement().appendChild(t);
        if (rows.isEmpty()) {
            table.add(new Paragraph(getTranslation("people.print.empty")));
        }
    }

    /** No list of that name: one plain sentence in place of a table, nothing to print. */
    private void unknownList() {
        title = getTranslation("people.print.unknown");
        heading.setText(title);
        meta.setText("");
        print.setVisible(false);
        table.getElement().removeAllChildren();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
