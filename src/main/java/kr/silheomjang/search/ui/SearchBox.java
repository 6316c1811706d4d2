package kr.silheomjang.search.ui;

import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

/**
 * The header's search box. Enter opens the results page; {@code /} anywhere on the page focuses the box, except while
 * the user types in a field (then it is just a slash) or holds a modifier key.
 */
@com.vaadin.flow.component.dependency.StyleSheet("css/search.css")
class SearchBox extends TextField {

    static final String ID = "global-search";

    /**
     * One document listener per page, installed once: the header is rebuilt on every navigation. Skips keys typed
     * into inputs, text areas, selects and editable elements, also inside the web components' shadow roots
     * (composedPath), and when a dialog is open.
     */
    private static final String SLASH_SHORTCUT = """
            if (!window.__silheomjangSearchKey) {
              window.__silheomjangSearchKey = true;
              document.addEventListener('keydown', function (e) {
                if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || e.isComposing) return;
                var path = e.composedPath ? e.composedPath() : [e.target];
                for (var i = 0; i < path.length; i++) {
                  var n = path[i];
                  if (n && n.nodeType === 1 && (n.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(n.tagName))) return;
                }
                if (document.querySelector('vaadin-dialog-overlay[opened], vaadin-dialog[opened]')) return;
                var box = document.getElementById('global-search');
                if (!box) return;
                e.preventDefault();
                box.focus();
              });
            }""";

    SearchBox() {
        setId(ID);
        addClassName("global-search");
        setPlaceholder(getTranslation("search.box.placeholder"));
        // A phone leaves the box about 90 px and has no "/" key to speak of: "검색 ( / )" was cut to "검색 (".
        kr.silheomjang.ui.WindowWidth.follow(this, width -> setPlaceholder(
                getTranslation(width < 600 ? "search.box.placeholderShort" : "search.box.placeholder")));
        setAriaLabel(getTranslation("search.box.label"));
        setTooltipText(getTranslation("search.box.hint"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setMaxLength(100);
        getElement().setAttribute("aria-keyshortcuts", "/");
        addKeyPressListener(Key.ENTER, e -> open());
    }

    private void open() {
        String q = getValue() == null ? "" : getValue().strip();
        if (q.isEmpty()) {
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, QueryParameters.simple(Map.of("q", q))));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().executeJs(SLASH_SHORTCUT);
    }
}
