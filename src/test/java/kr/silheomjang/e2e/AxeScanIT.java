package kr.silheomjang.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;

/**
 * The scan every accessibility check relies on finds what it must: serious and critical violations in the page and
 * inside an open shadow root (where Vaadin's components draw), and nothing on a clean page. No app: fixed pages.
 */
class AxeScanIT {

    /** No server: the pages are set as content (the address is never asked for). */
    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport(() -> "http://127.0.0.1:9");

    /** {@link AxeScan#settle} waits for Vaadin's client to be idle: the fixture says it has none at work. */
    private static final String IDLE_VAADIN = "<script>window.Vaadin = {Flow: {clients: {}}};</script>";

    @Test
    void findsSeriousViolationsInThePageAndInsideAShadowRoot() {
        Page page = browsers.newContext().newPage();
        page.setContent("<!doctype html><html lang='ko'><head><title>고장 난 쪽</title>" + IDLE_VAADIN
                + "</head><body><main><h1>고장 난 쪽</h1>"
                + "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' id='no-alt'>"
                + "<p id='faint' style='color:#c8c8c8;background:#ffffff'>흐린 글씨</p>"
                + "<div id='host'></div>"
                + "<script>document.getElementById('host').attachShadow({mode: 'open'}).innerHTML ="
                + " '<button id=\"nameless\"></button>';</script>"
                + "</main></body></html>");
        AxeScan axe = new AxeScan();

        axe.scan(page, "fixture");

        assertThat(axe.scanned()).containsExactly("fixture");
        assertThat(axe.problems()).anySatisfy(p -> assertThat(p).contains("image-alt").contains("#no-alt"));
        assertThat(axe.problems()).anySatisfy(p -> assertThat(p).contains("color-contrast").contains("#faint"));
        assertThat(axe.problems()).anySatisfy(p -> assertThat(p).contains("button-name").contains("#nameless"));
    }

    @Test
    void aCleanPageHasNoProblem() {
        Page page = browsers.newContext().newPage();
        page.setContent("<!doctype html><html lang='ko'><head><title>멀쩡한 쪽</title>" + IDLE_VAADIN
                + "</head><body><main><h1>멀쩡한 쪽</h1><p style='color:#222;background:#fff'>읽기 쉬운 글씨</p>"
                + "<div id='host'></div><script>document.getElementById('host').attachShadow({mode: 'open'})"
                + ".innerHTML = '<button>저장</button>';</script></main></body></html>");
        AxeScan axe = new AxeScan();

        axe.scan(page, "fixture");

        assertThat(axe.scanned()).containsExactly("fixture");
        assertThat(axe.problems()).isEmpty();
    }
}
