package kr.silheomjang.budget.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

import kr.silheomjang.budget.ShareRow;

/**
 * The owner's choice, per partner organisation, to show that organisation's guests the lines it pays for
 * (read-only, only those lines). Off by default: partner guests see nothing of the budget. Who belongs to an
 * organisation is decided where guests are invited (the people tab), so the owner sees who will read them.
 */
class SharePanel extends Div {

    private final BudgetView page;
    final Div rows = new Div();

    SharePanel(BudgetView page) {
        this.page = page;
        setId("budget-shares");
        addClassNames("card", "budget-shares");
        Paragraph help = new Paragraph(getTranslation("budget.share.help"));
        help.addClassName("help-text");
        add(new H3(getTranslation("budget.share.title")), help, rows);
    }

    void show(List<ShareRow> shares, boolean owner) {
        setVisible(owner);
        rows.removeAll();
        if (shares.isEmpty()) {
            rows.add(new Paragraph(getTranslation("budget.share.noPartners")));
            return;
        }
        for (ShareRow s : shares) {
            Div group = new Div();
            group.addClassName("budget-share");
            String name = String.valueOf(s.funder().partnerName());
            group.add(new H4(name));
            Checkbox box = new Checkbox(getTranslation("budget.share.with", name), s.shared());
            box.getElement().setAttribute("data-partner", String.valueOf(s.funder().partnerId()));
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    Long partner = s.funder().partnerId();
                    page.change(() -> page.budget.share(page.id(), partner == null ? -1 : partner, e.getValue()));
                }
            });
            Paragraph who = new Paragraph(s.guests().isEmpty() ? getTranslation("budget.share.noGuests")
                    : getTranslation("budget.share.guests", String.join(", ", s.guests())));
            who.addClassName("help-text");
            group.add(box, who);
            rows.add(group);
        }
    }
}
