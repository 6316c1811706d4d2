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
        AxeScan axe = scanned("<h1>고장 난 쪽</h1><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' id='no-alt'>"
                + "<p id='faint' style='color:#c8c8c8;background:#ffffff'>흐린 글씨</p>"
                + inShadowRoot("<button id=\"nameless\"></button>"));

        assertThat(axe.problems()).anySatisfy(p -> assertThat(p).contains("image-alt").contains("#no-alt"));
        assertThat(axe.problems()).anySatisfy(p -> assertThat(p).contains("color-contrast").contains("#faint"));
        assertThat(axe.problems()).anySatisfy(p -> assertThat(p).contains("button-name").contains("#nameless"));
    }

    @Test
    void aCleanPageHasNoProblem() {
        AxeScan axe = scanned("<h1>멀쩡한 쪽</h1><p style='color:#222;background:#fff'>읽기 쉬운 글씨</p>"
                + inShadowRoot("<button>저장</button>"));

        assertThat(axe.problems()).isEmpty();
    }

    @Test
    void aFindingThatIsGoneASecondLaterIsNotCounted() {
        // Faint text that turns readable half a second after axe arrives in the page: the first look sees the faint
        // text (a dialog caught mid-fade), the second look a second later does not. A lasting finding is counted
        // (the first test, whose faint text stays faint, goes through the same second look).
        AxeScan axe = scanned("<p id='fading' style='color:#c8c8c8;background:#ffffff'>나타나는 글씨</p>"
                + "<script>const wait = setInterval(() => { if (window.axe) { clearInterval(wait);"
                + " setTimeout(() => document.getElementById('fading').style.color = '#222', 500); } }, 10);"
                + "</script>");

        assertThat(axe.problems()).isEmpty();
    }

    /** A page of {@code body}, scanned once. */
    private static AxeScan scanned(String body) {
        Page page = browsers.newContext().newPage();
        page.setContent("<!doctype html><html lang='ko'><head><title>검사용 쪽</title>" + IDLE_VAADIN
                + "</head><body><main>" + body + "</main></body></html>");
        AxeScan axe = new AxeScan();
        axe.scan(page, "fixture");
        assertThat(axe.scanned()).containsExactly("fixture");
        return axe;
    }

    /** An element whose open shadow root holds {@code html} (no single quotes), as Vaadin's components draw. */
    private static String inShadowRoot(String html) {
        return "<div id='host'></div><script>document.getElementById('host').attachShadow({mode: 'open'})"
                + ".innerHTML = '" + html + "';</script>";
    }
}
