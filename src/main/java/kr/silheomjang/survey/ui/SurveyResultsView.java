package kr.silheomjang.survey.ui;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.shared.StoredText;
import kr.silheomjang.survey.QuestionType;
import kr.silheomjang.survey.SurveyResults;
import kr.silheomjang.survey.SurveyResults.OptionCount;
import kr.silheomjang.survey.SurveyResults.QuestionResult;
import kr.silheomjang.survey.SurveyResults.TextAnswer;
import kr.silheomjang.survey.SurveyService;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.ExperimentPage;
import kr.silheomjang.ui.ExperimentPageSupport;
import kr.silheomjang.survey.SurveyLive;
import kr.silheomjang.ui.ExperimentSection;

/**
 * Live results of one survey: per question, bars drawn with plain divs (counts and percentages) or the text answers,
 * newest first. Each answer that arrives re-reads the results; the cards are updated in place so the reader keeps
 * their place on the page.
 */
@Route("experiments/:experimentId/surveys/:surveyId/results")
@PermitAll
@StyleSheet("css/survey.css")
public class SurveyResultsView extends ExperimentPage {

    static final int MAX_TEXTS_SHOWN = 100;

    private final SurveyService surveys;
    long surveyId;
    /** The answer a search result led to ({@code ?answer=}), marked and scrolled to; null when none. */
    @org.jspecify.annotations.Nullable Long markedAnswer;
    private boolean scrolled;
    /** Whether this opening showed the results: only then does a survey found missing mean it was deleted meanwhile. */
    private boolean shown;
    SurveyResults results;
    final RouterLink back = new RouterLink();
    final H2 title = new H2();
    final Span total = new Span();
    final Anchor csv = new Anchor();
    final Div questions = new Div();
    private final Map<Long, Div> cards = new HashMap<>();
    /** What each card was last drawn from: a live change redraws only the questions whose results changed. */
    private final Map<Long, QuestionResult> filled = new HashMap<>();

    public SurveyResultsView(ExperimentPageSupport support, SurveyService surveys) {
        super(support, "survey.nav", "results", SurveyLive.RESPONSE, SurveyLive.SURVEY, WorkspaceLive.MEMBERS);
        this.surveys = surveys;
        back.setText(getTranslation("survey.back"));
        back.addClassName("back-link");
        title.setId("results-title");
        total.setId("results-total");
        total.addClassName("survey-total");
        csv.setId("export-csv");
        csv.setText(getTranslation("survey.results.csv"));
        com.vaadin.flow.component.icon.Icon icon = VaadinIcon.DOWNLOAD.create();
        icon.setSize("var(--lumo-icon-size-s)");
        csv.addComponentAsFirst(icon);
        csv.addClassName("survey-csv");
        questions.setId("results");
        questions.addClassName("survey-results");
        HorizontalLayout top = new HorizontalLayout(title);
        top.setAlignItems(Alignment.CENTER);
        top.setWrap(true);
        HorizontalLayout summary = new HorizontalLayout(total, csv);
        summary.setAlignItems(Alignment.CENTER);
        summary.setWrap(true);
        add(back, top, summary, questions);
    }

    @Override
    protected Class<?> sectionView() {
        return SurveysView.class;
    }

    @Override
    protected void readRoute(BeforeEnterEvent event) {
        surveyId = ExperimentPage.longParameter(event, SurveyEditView.SURVEY).orElse(-1L);
        markedAnswer = event.getLocation().getQueryParameters().getSingleParameter("answer")
                .filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
        scrolled = false;
        shown = false;
        presenceAt("results:" + surveyId);
    }

    @Override
    protected void load(long experimentId) {
        if (!readResults()) {
            return;
        }
        back.setRoute(SurveysView.class, new RouteParameters(ExperimentSection.PARAM, String.valueOf(experimentId())));
        long eid = experimentId();
        long sid = surveyId;
        java.util.Locale language = getLocale();
        csv.setHref(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = surveys.exportCsv(eid, sid, language);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "survey-" + sid + ".csv",
                    kr.silheomjang.shared.csv.CsvWriter.CONTENT_TYPE, bytes.length);
        }), AttachmentType.DOWNLOAD);
        cards.clear();
        filled.clear();
        questions.removeAll();
        render();
        shown = true;
    }

    @Override
    protected void onLive(Set<LiveUpdate> updates) {
        if (readResults()) {
            render();
        }
    }

    /**
     * Reads the results; false once the survey was deleted while shown here (the reader is told and sent to the list,
     * not treated as having lost access). On opening, a missing survey is the base page's to say.
     */
    private boolean readResults() {
        SurveyResults read = SurveysView.orGone(this, experimentId(), shown,
                saysLive(kr.silheomjang.survey.SurveyLive.SURVEY, surveyId),
                () -> surveys.results(experimentId(), surveyId));
        if (read == null) {
            return false;
        }
        results = read;
        return true;
    }

    void render() {
        title.setText(results.title());
        total.setText(getTranslation("survey.results.count", results.responseCount()));
        total.getElement().setAttribute("data-count", String.valueOf(results.responseCount()));
        Set<Long> seen = new java.util.HashSet<>();
        int index = 0;
        for (QuestionResult q : results.questions()) {
            seen.add(q.questionId());
            Div card = cards.computeIfAbsent(q.questionId(), id -> {
                Div c = new Div();
                c.addClassNames("card", "survey-result");
                return c;
            });
            if (!q.equals(filled.put(q.questionId(), q))) {
                fillCard(card, q); // an unchanged question keeps its card's elements as they are
            }
            // Keep the form's order without detaching cards that stay where they are.
            if (questions.getComponentCount() <= index || questions.getComponentAt(index) != card) {
                questions.addComponentAtIndex(Math.min(index, questions.getComponentCount()), card);
            }
            index++;
        }
        cards.entrySet().removeIf(e -> {
            if (!seen.contains(e.getKey())) {
                questions.remove(e.getValue());
                filled.remove(e.getKey());
                return true;
            }
            return false;
        });
    }

    private void fillCard(Div card, QuestionResult q) {
        card.removeAll();
        card.getElement().setAttribute("data-question", String.valueOf(q.questionId()));
        H3 heading = new H3(q.text() + (q.current() ? "" : " " + getTranslation("survey.results.removed")));
        Span answered = new Span(getTranslation("survey.results.answered", q.answered()));
        answered.addClassName("help-text");
        card.add(heading, answered);
        if (q.type().isText()) {
            if (q.texts().isEmpty()) {
                // Answered but no texts: the service keeps them from a guest the owner shows no notes.
                card.add(new Paragraph(getTranslation(q.answered() > 0 ? "survey.results.textHidden"
                        : "survey.results.noText")));
                return;
            }
            UnorderedList list = new UnorderedList();
            list.addClassName("survey-texts");
            int shown = 0;
            for (TextAnswer t : q.texts()) {
                boolean marked = markedAnswer != null && markedAnswer == t.answerId();
                // The answer a search led to is shown even when it is beyond the first MAX_TEXTS_SHOWN.
                if (shown++ < MAX_TEXTS_SHOWN || marked) {
                    list.add(textItem(t, marked));
                }
            }
            card.add(list);
            if (q.texts().size() > MAX_TEXTS_SHOWN) {
                card.add(new Paragraph(getTranslation("survey.results.more", q.texts().size() - MAX_TEXTS_SHOWN)));
            }
            return;
        }
        long max = q.answered();
        Div bars = new Div();
        bars.addClassName("survey-bars");
        for (OptionCount o : q.counts()) {
            long pct = max == 0 ? 0 : Math.round(o.count() * 100.0 / max);
            Span label = new Span(label(q.type(), o.label()));
            label.addClassName("survey-bar-label");
            Div fill = new Div();
            fill.addClassName("survey-bar-fill");
            fill.setWidth(pct + "%");
            Div track = new Div(fill);
            track.addClassName("survey-bar-track");
            Span value = new Span(getTranslation("survey.results.bar", o.count(), pct));
            value.addClassName("survey-bar-value");
            Div row = new Div(label, track, value);
            row.addClassName("survey-bar");
            row.getElement().setAttribute("data-option", o.label());
            row.getElement().setAttribute("data-count", String.valueOf(o.count()));
            bars.add(row);
        }
        card.add(bars);
    }

    private ListItem textItem(TextAnswer t, boolean marked) {
        ListItem item = new ListItem(StoredText.show(t.text(), this::getTranslation));
        if (marked) {
            Span badge = new Span(getTranslation("survey.results.found"));
            badge.addClassName("survey-found");
            item.addComponentAsFirst(badge);
            item.addClassName("marked");
            item.getElement().setAttribute("aria-current", "true");
            item.setId("marked-answer");
            if (!scrolled) {
                scrolled = true; // once per visit: a live update must not pull the reader back
                item.scrollIntoView();
            }
        }
        return item;
    }

    private String label(QuestionType type, String raw) {
        if (type == QuestionType.YES_NO) {
            return getTranslation(SurveyService.YES.equals(raw) ? "survey.yes" : "survey.no");
        }
        return raw;
    }

}
