package kr.silheomjang.ui;

import com.vaadin.flow.component.Component;

/**
 * Vaadin's fields say an error message aloud through one visually hidden {@code aria-live} region the web components
 * put under {@code <body>}, and the text stays there after the field is gone. A form replaced by its thank-you page
 * would keep "필수 질문입니다." in the page (read again by a screen reader going through it, and in the page's text).
 */
public final class SpokenErrors {

    /**
     * Empties the components' announcer regions: now, and once more just after, since a field's announcement is put
     * there a moment (150 ms) after it turns invalid. The app's own live region (LiveAnnouncer) has an id and stays.
     */
    static final String CLEAR = """
            const clear = () => document.querySelectorAll('body > div[aria-live]:not([id])')
                .forEach(region => { region.textContent = ''; });
            clear();
            setTimeout(clear, 300);
            """;

    private SpokenErrors() {
    }

    /** Forgets what the fields of a form that is now gone said aloud (call when the form is replaced). */
    public static void forget(Component anyOnThePage) {
        anyOnThePage.getElement().executeJs(CLEAR);
    }
}
