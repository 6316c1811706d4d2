package kr.silheomjang.search.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import kr.silheomjang.search.Highlighted;
import kr.silheomjang.search.SearchHit;
import kr.silheomjang.search.SearchKind;
import kr.silheomjang.search.SearchResults;
import kr.silheomjang.search.SearchService;

/**
 * 검색: results grouped by kind (experiments, proposals, cards, events, participants, survey answers, archive), each a
 * link to its exact place with the matching words marked. Texts are set as text, never as HTML.
 */
@Route("search")
@PermitAll
@StyleSheet("css/search.css")
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SearchService search;
    final TextField query = new TextField();
    final Paragraph summary = new Paragraph();
    final Div results = new Div();

    public SearchView(SearchService search) {
        this.search = search;
        addClassName("search-page");
        query.setId("search-query");
        query.setLabel(getTranslation("search.page.label"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setMaxLength(100);
        query.setWidthFull();
        query.addClassName("search-query");
        query.addKeyPressListener(Key.ENTER, e -> {
            show(query.getValue());
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    "search?" + QueryParameters.simple(Map.of("q", query.getValue().strip())).getQueryString()));
        });
        summary.setId("search-summary");
        summary.addClassName("search-summary");
        // A screen reader hears how many results a search found.
        summary.getElement().setAttribute("role", "status");
        results.setId("search-results");
        results.addClassName("search-results");
        add(new H2(getTranslation("search.page.title")), query, summary, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String q = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        query.setValue(q);
        show(q);
    }

    void show(String q) {
        results.removeAll();
        SearchResults found = search.search(q);
        if (found.words().isEmpty()) {
            summary.setText(getTranslation("search.page.empty"));
            return;
        }
        int total = found.total();
        summary.setText(total == 0 ? getTranslation("search.page.none", found.query())
                : getTranslation("search.page.count", found.query(), total));
        for (SearchKind kind : SearchKind.values()) {
            List<SearchHit> hits = found.hits(kind);
            if (!hits.isEmpty()) {
                results.add(group(kind, hits, found.totals().getOrDefault(kind, hits.size())));
            }
        }
    }

    private Component group(SearchKind kind, List<SearchHit> hits, int total) {
        Section section = new Section();
        section.addClassName("search-group");
        section.setId("search-group-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        H3 heading = new H3(getTranslation(kind.messageKey()) + " (" + total + ")");
        heading.setId(section.getId().orElseThrow() + "-heading");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        UnorderedList list = new UnorderedList();
        list.addClassName("search-hits");
        hits.forEach(h -> list.add(item(h)));
        section.add(heading, list);
        if (total > hits.size()) {
            Paragraph more = new Paragraph(getTranslation("search.page.more", total - hits.size()));
            more.addClassName("search-more");
            section.add(more);
        }
        return section;
    }

    private ListItem item(SearchHit hit) {
        Anchor link = new Anchor(hit.link());
        link.addClassName("search-hit-link");
        link.getElement().setAttribute("router-link", true);
        marked(link.getElement(), hit.title().isEmpty() ? Highlighted.of(getTranslation("search.untitled"), List.of())
                : hit.title());
        ListItem item = new ListItem(link);
        item.addClassName("search-hit");
        if (!hit.context().isBlank()) {
            Span context = new Span(hit.context());
            context.addClassName("search-hit-context");
            item.add(context);
        }
        if (!hit.snippet().isEmpty()) {
            Paragraph snippet = new Paragraph();
            snippet.addClassName("search-hit-snippet");
            marked(snippet.getElement(), hit.snippet());
            item.add(snippet);
        }
        return item;
    }

    /** Appends the parts as text nodes, the matching ones inside {@code <mark>}: no HTML is ever parsed. */
    static void marked(Element into, Highlighted text) {
        for (Highlighted.Part part : text.parts()) {
            if (part.match()) {
                Element mark = new Element("mark");
                mark.setText(part.text());
                into.appendChild(mark);
            } else {
                into.appendChild(Element.createText(part.text()));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.page.title") + " · " + getTranslation("app.name");
    }
}
