package kr.silheomjang.followup.ui;

import java.io.ByteArrayInputStream;
import java.util.function.LongFunction;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import kr.silheomjang.followup.ArchiveFile;
import kr.silheomjang.followup.ArchiveKind;
import kr.silheomjang.followup.PublicResults;
import kr.silheomjang.ui.Formats;

/**
 * The results page's content as it reads on the public address and in the team's preview: one column, headings in
 * order, charts as labelled bars with their numbers in words (readable without the bars, and on paper).
 */
class ResultsContentPanel extends Div {

    /**
     * @param images an image item's bytes by item id (the public page asks through the token, the preview as a
     *               member); null when it is gone
     */
    ResultsContentPanel(PublicResults r, LongFunction<@Nullable ArchiveFile> images) {
        addClassName("results-page");
        setId("results-content");
        if (!r.published()) {
            Paragraph draft = new Paragraph(getTranslation("followup.results.public.draft"));
            draft.setId("results-draft-note");
            draft.addClassName("results-draft");
            add(draft);
        }
        H1 title = new H1(r.title());
        title.setId("results-title");
        Paragraph lead = new Paragraph(getTranslation("followup.results.public.lead"));
        lead.addClassName("results-lead");
        add(title, lead);

        Section proposal = section("followup.results.public.proposal");
        proposal.add(text(r.proposal()));
        if (r.proposalUrl() != null) {
            proposal.add(new Paragraph(link(r.proposalUrl(), getTranslation("followup.results.public.proposalLink"))));
        }
        Section purpose = section("followup.results.public.purpose");
        purpose.add(text(r.purpose()));
        if (r.eventDate() != null) {
            purpose.add(new Paragraph(getTranslation("followup.results.public.eventDate",
                    Formats.date(r.eventDate(), getLocale()))));
        }

        Section questions = section("followup.results.public.questions");
        questions.setId("results-questions");
        for (PublicResults.Question q : r.questions()) {
            Div one = new Div();
            one.addClassName("results-question");
            H3 text = new H3(q.text());
            Span verdict = new Span(getTranslation("followup.results.public.verdict") + ": "
                    + (q.outcome() == null ? getTranslation("followup.results.public.noVerdict")
                            : getTranslation("survey.verdict." + q.outcome())));
            verdict.addClassNames("results-verdict", q.outcome() == null ? "verdict-none"
                    : "verdict-" + q.outcome().toLowerCase(java.util.Locale.ROOT));
            one.add(text, verdict);
            if (q.evidence() != null && !q.evidence().isBlank()) {
                one.add(new Paragraph(getTranslation("followup.results.public.evidence") + ": " + q.evidence()));
            }
            questions.add(one);
        }

        Section numbers = section("followup.results.public.numbers");
        numbers.setId("results-numbers");
        DescriptionList dl = new DescriptionList();
        dl.addClassName("results-numbers");
        dl.add(new DescriptionList.Term(getTranslation("followup.results.public.participants")),
                new DescriptionList.Description(getTranslation("followup.results.public.people", r.participants())));
        dl.add(new DescriptionList.Term(getTranslation("followup.results.public.attended")),
                new DescriptionList.Description(getTranslation("followup.results.public.people", r.attended())));
        dl.add(new DescriptionList.Term(getTranslation("followup.results.public.answers")),
                new DescriptionList.Description(getTranslation("followup.results.public.count", r.answers())));
        numbers.add(dl);
        for (PublicResults.Chart c : r.charts()) {
            numbers.add(chart(c));
        }

        if (!r.items().isEmpty()) {
            Section items = section("followup.results.public.archive");
            items.setId("results-archive");
            for (PublicResults.Item i : r.items()) {
                items.add(item(i, images));
            }
        }

        Section next = section("followup.results.public.next");
        next.setId("results-next");
        if (r.channel() != null) {
            next.add(labelled("followup.results.public.channel", r.channel()));
        }
        if (r.schedule() != null) {
            next.add(labelled("followup.results.public.schedule", r.schedule()));
        }
        if (r.platformUrl() != null) {
            next.add(new Paragraph(link(r.platformUrl(), getTranslation("followup.results.public.platform"))));
        }
        if (r.channel() == null && r.schedule() == null && r.platformUrl() == null) {
            next.add(new Paragraph(getTranslation("followup.results.public.nextNone")));
        }
        Paragraph built = new Paragraph(getTranslation("followup.results.public.built",
                Formats.dateTime(r.builtAt(), getLocale())));
        built.addClassName("results-built");
        add(built);
    }

    private Section section(String headingKey) {
        Section s = new Section(new H2(getTranslation(headingKey)));
        s.addClassName("results-section");
        add(s);
        return s;
    }

    private static Paragraph text(String value) {
        Paragraph p = new Paragraph(value);
        p.addClassName("results-text");
        return p;
    }

    private Paragraph labelled(String key, String value) {
        Paragraph p = new Paragraph();
        Span label = new Span(getTranslation(key) + ": ");
        label.addClassName("results-label");
        p.add(label, new Span(value));
        p.addClassName("results-text");
        return p;
    }

    private static Anchor link(String href, String text) {
        Anchor a = new Anchor(href, text);
        a.setTarget("_blank");
        a.getElement().setAttribute("rel", "noopener noreferrer");
        return a;
    }

    /**
     * Bars for one question; each row says its label, count and share of the question's respondents in words, the bar
     * itself is decoration. A bar is as long as that share (2 of 5 answers: 40 %), never scaled to the largest one.
     */
    private Div chart(PublicResults.Chart c) {
        Div figure = new Div();
        figure.addClassName("results-chart");
        H3 heading = new H3(c.question());
        Paragraph source = new Paragraph(getTranslation("followup.results.public.chartOf", c.survey(), c.answered()));
        source.addClassName("results-built");
        UnorderedList rows = new UnorderedList();
        rows.addClassName("results-bars");
        for (PublicResults.Bar b : c.bars()) {
            Span label = new Span(b.labelKey() == null ? b.label() : getTranslation(b.labelKey()));
            label.addClassName("results-bar-label");
            Div bar = new Div();
            bar.addClassName("results-bar");
            bar.getElement().setAttribute("aria-hidden", "true");
            int percent = c.percent(b);
            bar.getStyle().set("width", percent + "%");
            Div track = new Div(bar);
            track.addClassName("results-bar-track");
            track.getElement().setAttribute("aria-hidden", "true");
            Span n = new Span(getTranslation("followup.results.public.share", b.count(), percent));
            n.addClassName("results-bar-count");
            n.getElement().setAttribute("data-percent", String.valueOf(percent));
            rows.add(new ListItem(label, track, n));
        }
        figure.add(heading, source, rows);
        return figure;
    }

    private Div item(PublicResults.Item i, LongFunction<@Nullable ArchiveFile> images) {
        Div box = new Div();
        box.addClassName("results-item");
        box.getElement().setAttribute("data-item", String.valueOf(i.id()));
        Span kind = new Span(getTranslation(i.kind().messageKey()) + " · " + Formats.date(i.date(), getLocale()));
        kind.addClassName("results-built");
        box.add(new H3(i.title()), kind);
        if (i.image()) {
            long id = i.id();
            Image img = new Image(DownloadHandler.fromInputStream(e -> {
                ArchiveFile f = images.apply(id);
                return f == null ? DownloadResponse.error(404) : new DownloadResponse(
                        new ByteArrayInputStream(f.bytes()), f.name(), f.type(), f.bytes().length);
            }), i.altText() == null ? i.title() : i.altText());
            img.addClassName("results-image");
            box.add(img);
        } else if (i.kind() == ArchiveKind.PHOTO && i.altText() != null) {
            box.add(new Paragraph(getTranslation("followup.results.public.alt", i.altText())));
        }
        if (i.subtitles() != null) {
            box.add(new Paragraph(getTranslation("followup.archive.field.subtitles") + ": "
                    + getTranslation(i.subtitles().messageKey())));
        }
        if (!i.description().isEmpty()) {
            box.add(text(i.description()));
        }
        if (i.link() != null) {
            box.add(new Paragraph(link(i.link(), getTranslation("followup.results.public.open", i.title()))));
        }
        return box;
    }
}
