package kr.silheomjang.planning;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Card descriptions are Markdown written by members (partner guests included), shown to everyone: rendered by
 * commonmark, then cleaned with jsoup's allow-list, so no script, event handler or javascript: link survives.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().sanitizeUrls(true).build();
    private static final Safelist SAFE = Safelist.basic().addTags("h1", "h2", "h3", "h4", "del", "hr")
            .addAttributes("a", "target").addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

    private Markdown() {
    }

    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        return Jsoup.clean(html, SAFE);
    }
}
