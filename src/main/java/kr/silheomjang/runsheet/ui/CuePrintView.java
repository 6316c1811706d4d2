package kr.silheomjang.runsheet.ui;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.runsheet.CueRow;
import kr.silheomjang.runsheet.CueSheet;
import kr.silheomjang.runsheet.CueSheetService;
import kr.silheomjang.runsheet.StaffSheet;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.Messages;

/**
 * The cue sheet on paper for the staff, A4 landscape (a named CSS page, so other print views keep their own size):
 * the whole day ({@code print}) or one sheet per staff member with their roster roles and their segments in order
 * ({@code print/staff}, a page break between people). Plain tables, not grids, so every row reaches paper.
 */
@Route(value = "experiments/:experimentId/cuesheet/print/:what?", autoLayout = false)
@PermitAll
@StyleSheet("css/runsheet.css")
public class CuePrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<String> HEADERS = List.of("runsheet.print.no", "runsheet.time", "runsheet.minutes",
            "runsheet.content", "runsheet.lead", "runsheet.place", "runsheet.materials", "runsheet.notes");

    private final CueSheetService service;
    final H1 heading = new H1();
    final Paragraph meta = new Paragraph();
    final Div body = new Div();
    private String title = "";

    public CuePrintView(CueSheetService service) {
        this.service = service;
        addClassName("cue-print");
        Button print = new Button(getTranslation("runsheet.print.button"),
                e -> getElement().executeJs("window.print()"));
        print.addClassName("no-print");
        print.setId("print-button");
        body.setId("cue-print-body");
        add(print, heading, meta, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean staff = "staff".equals(event.getRouteParameters().get("what").orElse(""));
        CueSheet sheet;
        List<StaffSheet> people;
        try {
            long id = Long.parseLong(event.getRouteParameters().get("experimentId").orElse(""));
            sheet = service.sheet(id);
            people = staff ? service.staffSheets(id) : List.of();
        } catch (NumberFormatException | AccessDeniedException e) {
            Messages.showError(getTranslation("error.experiment.notAccessible"));
            event.forwardTo("");
            return;
        }
        title = getTranslation(staff ? "runsheet.print.staff.title" : "runsheet.print.sheet.title");
        heading.setText(sheet.title() + " · " + title);
        meta.setText(sheet.day() == null ? getTranslation("runsheet.summary.noDay")
                : getTranslation("runsheet.summary", Formats.date(sheet.day(), getLocale()), sheet.dayStart(),
                        sheet.endLabel(), sheet.totalMinutes(), sheet.cues().size()));
        body.removeAll();
        if (!staff) {
            body.add(table(sheet.cues(), title));
            if (sheet.cues().isEmpty()) {
                body.add(new Paragraph(getTranslation("runsheet.empty")));
            }
            return;
        }
        for (StaffSheet p : people) {
            Section s = new Section();
            s.addClassName("staff-sheet");
            s.add(new H2(p.person()));
            s.add(new Paragraph(p.roles().isEmpty() ? getTranslation("runsheet.print.noRoles")
                    : getTranslation("runsheet.print.roles", String.join(", ", p.roles()))));
            s.add(p.cues().isEmpty() ? new Paragraph(getTranslation("runsheet.print.noCues"))
                    : table(p.cues(), p.person()));
            body.add(s);
        }
        if (people.isEmpty()) {
            body.add(new Paragraph(getTranslation("runsheet.print.noStaff")));
        }
    }

    /** The table, in a box that scrolls sideways where the screen is narrower (a phone), named for the keyboard. */
    private Div table(List<CueRow> cues, String name) {
        Element t = new Element("table");
        t.getClassList().add("cue-table");
        Element head = new Element("thead");
        Element hr = new Element("tr");
        for (String h : HEADERS) {
            hr.appendChild(new Element("th").setAttribute("scope", "col").setText(getTranslation(h)));
        }
        head.appendChild(hr);
        t.appendChild(head);
        Element tbody = new Element("tbody");
        for (CueRow c : cues) {
            Element tr = new Element("tr");
            for (String v : List.of(String.valueOf(c.number()), c.span(), String.valueOf(c.minutes()), c.content(),
                    nz(c.lead()), nz(c.place()), nz(c.materials()), nz(c.notes()))) {
                tr.appendChild(new Element("td").setText(v));
            }
            tbody.appendChild(tr);
        }
        t.appendChild(tbody);
        Div box = new Div();
        box.addClassName("cue-table-box");
        // Focusable, so that a keyboard can scroll it; a region, so that its focus has a name.
        box.getElement().setAttribute("tabindex", "0").setAttribute("role", "region").setAttribute("aria-label", name);
        box.getElement().appendChild(t);
        return box;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
