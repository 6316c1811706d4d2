package kr.silheomjang.followup;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import kr.silheomjang.shared.ReportSection;
import kr.silheomjang.shared.Texts;
import kr.silheomjang.survey.QuestionType;
import kr.silheomjang.survey.SurveyService;
import kr.silheomjang.ui.Formats;

/**
 * The hand-off report as XHTML, made from {@link ReportContents}: the print view shows this very fragment and the PDF
 * renders it, so the two never differ. Every user text is escaped (it may hold {@code <} or {@code &}, and the PDF
 * renderer needs well-formed XML); only web addresses become links.
 */
public final class ReportHtml {

    /** The texts of the report's own words, in the reader's language. */
    @FunctionalInterface
    public interface Words {
        String get(String key, Object... params);
    }

    /** The font the PDF embeds (a TTF shipped with the app); the print view falls back to the browser's fonts. */
    public static final String FONT = "NanumBarunGothic";

    /** How many retrospective items of each kind fit on the page. */
    static final int ITEMS_PER_KIND = 3;
    /** Longer user texts are cut (with …) so that the report stays one A4 page. */
    static final int MAX_ITEM = 160;

    private final Words words;
    private final Locale locale;
    private final StringBuilder out = new StringBuilder(8192);

    private ReportHtml(Words words, Locale locale) {
        this.words = words;
        this.locale = locale;
    }

    /** The report as one {@code <article>} (for the print view and inside the PDF's body). */
    public static String fragment(ReportContents r, Words words, Locale locale) {
        ReportHtml h = new ReportHtml(words, locale);
        h.article(r);
        return h.out.toString();
    }

    /** A whole XHTML document for the PDF renderer: A4, the embedded Korean font, the article. */
    public static String document(ReportContents r, Words words, Locale locale) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\""
                + ("en".equals(locale.getLanguage()) ? "en" : "ko") + "\"><head><meta charset=\"UTF-8\" /><title>"
                + escape(words.get("followup.report.heading") + " — " + r.title()) + "</title><style>" + PDF_CSS
                + "</style></head><body>" + fragment(r, words, locale) + "</body></html>";
    }

    private static final String PDF_CSS = "@page { size: A4; margin: 14mm 15mm 12mm 15mm; }"
            + " body { font-family: '" + FONT + "'; font-size: 9pt; line-height: 1.38; color: #1a1a1a; margin: 0; }"
            + " h1 { font-size: 16pt; margin: 0 0 2pt 0; } h2 { font-size: 10.5pt; margin: 8pt 0 2pt 0;"
            + " border-bottom: 0.6pt solid #888; padding-bottom: 1pt; }"
            + " p { margin: 0 0 3pt 0; } ul { margin: 0 0 3pt 0; padding-left: 12pt; } li { margin: 0 0 1pt 0; }"
            + " table { width: 100%; border-collapse: collapse; margin: 0 0 3pt 0; }"
            + " th, td { border: 0.5pt solid #999; padding: 2pt 3pt; text-align: left; vertical-align: top; }"
            + " th { background: #eee; } .report-kind { font-size: 8.5pt; color: #444; margin: 0; }"
            + " .report-meta, .report-note { color: #444; } a { color: #0b4f9c; word-wrap: break-word; }"
            + " .report-summary p { font-size: 9.5pt; }";

    private void article(ReportContents r) {
        out.append("<article class=\"report-page\" id=\"report-page\">");
        out.append("<header class=\"report-head\"><p class=\"report-kind\">")
                .append(escape(words.get("followup.report.heading"))).append(" · ")
                .append(escape(words.get(r.text().status().messageKey()))).append("</p><h1>")
                .append(escape(r.title())).append("</h1><p class=\"report-meta\">");
        if (r.eventDate() != null) {
            out.append(escape(words.get("followup.report.meta.event", Formats.date(r.eventDate(), locale))))
                    .append(" · ");
        }
        out.append(escape(words.get("followup.report.meta.made", Formats.dateTime(r.madeAt(), locale))));
        if (r.text().done() && r.text().completedByName() != null) {
            out.append(" · ").append(escape(words.get("followup.report.meta.done", r.text().completedByName())));
        }
        out.append("</p></header>");

        if (!r.text().summary().isBlank()) {
            section("report-summary", "followup.report.summary");
            paragraph(r.text().summary());
            out.append("</section>");
        }
        section("report-proposal", "followup.report.proposal");
        paragraphOrNone(r.proposalText());
        if (r.proposerName() != null && !r.proposerName().isBlank()) {
            out.append("<p class=\"report-note\">")
                    .append(escape(words.get("followup.report.proposer", r.proposerName()))).append("</p>");
        }
        out.append("</section>");
        section("report-purpose", "followup.report.purpose");
        paragraphOrNone(r.purpose());
        out.append("</section>");
        questions(r.questions());
        section("report-attendance", "followup.report.attendance");
        ReportContents.Attendance a = r.attendance();
        out.append("<p>").append(escape(words.get("followup.report.attendance.line", a.total(), a.attended(),
                a.absent())));
        if (a.ratePercent() != null) {
            out.append(" · ").append(escape(words.get("followup.report.attendance.rate", a.ratePercent())));
        }
        out.append("</p></section>");
        surveys(r.surveys());
        retrospective(r);
        for (ReportContents.Section s : r.sections()) {
            section("report-contributed", s.titleKey());
            out.append("<ul>");
            for (ReportSection.Line line : s.lines()) {
                out.append("<li>").append(escape(line.label()));
                if (line.value() != null && !line.value().isBlank()) {
                    out.append(": ").append(escape(line.value()));
                }
                if (line.href() != null) {
                    out.append(" ").append(link(line.href()));
                }
                out.append("</li>");
            }
            out.append("</ul></section>");
        }
        if (!r.links().isEmpty()) {
            section("report-links", "followup.report.links");
            out.append("<ul>");
            for (ReportContents.Link l : r.links()) {
                out.append("<li>").append(escape(words.get(l.labelKey()))).append(": ").append(link(l.url()))
                        .append("</li>");
            }
            out.append("</ul></section>");
        }
        out.append("</article>");
    }

    private void questions(List<ReportContents.Question> questions) {
        section("report-questions", "followup.report.questions");
        if (questions.isEmpty()) {
            out.append("<p>").append(escape(words.get("followup.report.noQuestions"))).append("</p></section>");
            return;
        }
        out.append("<table><thead><tr><th scope=\"col\">").append(escape(words.get("followup.report.question")))
                .append("</th><th scope=\"col\">").append(escape(words.get("followup.report.verdict")))
                .append("</th><th scope=\"col\">").append(escape(words.get("followup.report.evidence")))
                .append("</th></tr></thead><tbody>");
        for (ReportContents.Question q : questions) {
            out.append("<tr><td>").append(escape(q.text())).append("</td><td>")
                    .append(escape(q.outcome() == null ? words.get("followup.report.noVerdict")
                            : words.get(q.outcome().messageKey())))
                    .append("</td><td>").append(multiline(cut(q.evidence() == null ? "" : q.evidence(), 300)))
                    .append("</td></tr>");
        }
        out.append("</tbody></table></section>");
    }

    private void surveys(List<ReportContents.Survey> surveys) {
        section("report-surveys", "followup.report.surveys");
        if (surveys.isEmpty()) {
            out.append("<p>").append(escape(words.get("followup.report.noSurveys"))).append("</p></section>");
            return;
        }
        out.append("<ul>");
        for (ReportContents.Survey s : surveys) {
            out.append("<li><strong>").append(escape(s.title())).append("</strong> — ")
                    .append(escape(words.get("followup.report.survey.responses", s.responses())));
            if (!s.facts().isEmpty()) {
                out.append("<ul>");
                for (ReportContents.Fact f : s.facts()) {
                    out.append("<li>").append(escape(cut(f.question(), 90))).append(": ").append(escape(fact(f)))
                            .append("</li>");
                }
                out.append("</ul>");
            }
            out.append("</li>");
        }
        out.append("</ul></section>");
    }

    private String fact(ReportContents.Fact f) {
        if (f.answered() == 0) {
            return words.get("followup.report.survey.noAnswers");
        }
        if (f.type() == QuestionType.RATING && f.average() != null) {
            return words.get("followup.report.survey.average", String.format(Locale.ROOT, "%.1f", f.average()),
                    f.answered());
        }
        return f.counts().stream().filter(c -> c.count() > 0)
                .map(c -> label(f.type(), c.label()) + " " + c.count())
                .collect(Collectors.joining(" · "));
    }

    private String label(QuestionType type, String raw) {
        if (type == QuestionType.YES_NO) {
            return words.get(SurveyService.YES.equals(raw) ? "survey.yes" : "survey.no");
        }
        return cut(raw, 40);
    }

    private void retrospective(ReportContents r) {
        section("report-retro", "followup.report.retro");
        boolean any = false;
        if (!r.text().highlights().isBlank()) {
            paragraph(r.text().highlights());
            any = true;
        }
        if (!r.retrospective().isEmpty()) {
            out.append("<ul>");
            for (RetroKind kind : RetroKind.values()) {
                List<ReportContents.Highlight> of = r.retrospective().stream().filter(h -> h.kind() == kind)
                        .limit(ITEMS_PER_KIND).toList();
                if (of.isEmpty()) {
                    continue;
                }
                out.append("<li><strong>").append(escape(words.get(kind.messageKey()))).append("</strong>: ");
                out.append(of.stream().map(h -> escape(cut(h.text(), MAX_ITEM)) + " ("
                        + escape(words.get(h.party().messageKey())) + ")").collect(Collectors.joining(" / ")));
                out.append("</li>");
            }
            out.append("</ul>");
            any = true;
        }
        if (!r.nextActions().isEmpty()) {
            out.append("<p><strong>").append(escape(words.get("followup.report.nextActions"))).append("</strong>: ")
                    .append(r.nextActions().stream().limit(ITEMS_PER_KIND).map(t -> escape(cut(t, MAX_ITEM)))
                            .collect(Collectors.joining(" / ")))
                    .append("</p>");
            any = true;
        }
        if (!any) {
            out.append("<p>").append(escape(words.get("followup.report.noRetro"))).append("</p>");
        }
        out.append("</section>");
    }

    private void section(String cssClass, String titleKey) {
        out.append("<section class=\"").append(cssClass).append("\"><h2>").append(escape(words.get(titleKey)))
                .append("</h2>");
    }

    private void paragraph(String text) {
        out.append("<p>").append(multiline(text)).append("</p>");
    }

    private void paragraphOrNone(String text) {
        if (text == null || text.isBlank()) {
            out.append("<p class=\"report-note\">").append(escape(words.get("followup.report.none"))).append("</p>");
        } else {
            paragraph(text);
        }
    }

    /** A web address as a link; anything else (javascript:, data:, typos) only as text. */
    private static String link(String url) {
        if (Texts.isWebAddress(url)) {
            return "<a href=\"" + escape(url) + "\">" + escape(url) + "</a>";
        }
        return escape(url);
    }

    private static String multiline(String text) {
        return escape(text.strip()).replace("\r\n", "\n").replace("\n", "<br />");
    }

    static String cut(String text, int max) {
        String t = text.strip();
        return t.codePointCount(0, t.length()) <= max ? t
                : t.substring(0, t.offsetByCodePoints(0, max - 1)).strip() + "…";
    }

    /** User text for the report's XHTML (see {@link Texts#escapeMarkup}). */
    public static String escape(String text) {
        return Texts.escapeMarkup(text);
    }
}
