package kr.silheomjang.topic.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.shared.StoredText;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.topic.CandidateDetails;
import kr.silheomjang.topic.ScreeningEntryView;
import kr.silheomjang.topic.ScreeningQuestion;
import kr.silheomjang.topic.SelectionDecision;
import kr.silheomjang.topic.TopicLive;
import kr.silheomjang.topic.ScreeningService;
import kr.silheomjang.topic.SelectionService;
import kr.silheomjang.topic.TopicService;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.LiveSubscription;
import kr.silheomjang.ui.Messages;
import kr.silheomjang.ui.TypedOver;

/**
 * 선정 회의: the team goes through the open candidates together. Each planner scores each screening question 1–5;
 * everybody sees every score and the averages change live; the facilitator records the decision with reasons.
 * A live update refreshes the scores of each card in place, so reasons being typed stay.
 */
@Route("topics/meeting")
@PermitAll
@StyleSheet("css/topic.css")
public class SelectionMeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TopicService topics;
    private final ScreeningService screening;
    private final SelectionService selection;
    private final LiveUpdateBus bus;
    private final long me;
    final Div cards = new Div();
    final Map<Long, MeetingCard> shown = new LinkedHashMap<>();
    private LiveSubscription live;

    public SelectionMeetingView(TopicService topics, ScreeningService screening, SelectionService selection,
            LiveUpdateBus bus, CurrentUser currentUser) {
        this.topics = topics;
        this.screening = screening;
        this.selection = selection;
        this.bus = bus;
        this.me = currentUser.require().id();
        addClassName("topic-meeting-view");
        cards.setId("meeting-cards");
        cards.addClassName("topic-meeting-cards");
        add(new RouterLink(getTranslation("topic.backToPool"), TopicPoolView.class),
                new H2(getTranslation("topic.meeting.title")), new Paragraph(getTranslation("topic.meeting.help")),
                cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!topics.canUse()) {
            Messages.showError(getTranslation("topic.error.denied"));
            event.forwardTo("");
            return;
        }
        reload();
    }

    void reload() {
        List<CandidateDetails> list = topics.meeting();
        List<Long> ids = list.stream().map(CandidateDetails::id).toList();
        new ArrayList<>(shown.keySet()).stream().filter(id -> !ids.contains(id)).forEach(id -> {
            cards.remove(shown.remove(id));
        });
        cards.removeAll();
        for (CandidateDetails d : list) {
            MeetingCard card = shown.computeIfAbsent(d.id(), id -> new MeetingCard(id));
            card.show(d);
            cards.add(card);
        }
        if (list.isEmpty()) {
            cards.add(new Paragraph(getTranslation("topic.meeting.empty")));
        }
    }

    /** One candidate on the table: scores per question (mine editable), averages, and the decision form. */
    final class MeetingCard extends Div {

        final long candidateId;
        final Span status = new Span();
        final Map<ScreeningQuestion, RadioButtonGroup<Integer>> myScores = new LinkedHashMap<>();
        final Map<ScreeningQuestion, Span> scores = new LinkedHashMap<>();
        final Map<ScreeningQuestion, Span> averages = new LinkedHashMap<>();
        final Select<SelectionDecision> decision = new Select<>();
        final TextArea reasons = new TextArea();
        final Button record = new Button();
        final Div lastDecision = new Div();
        private long version;
        private final TypedOver deciding = new TypedOver();
        private boolean filling;

        MeetingCard(long candidateId) {
            this.candidateId = candidateId;
            addClassName("topic-meeting-card");
            setId("meeting-" + candidateId);
            H3 title = new H3();
            title.addClassName("meeting-title");
            add(title, status);
            for (ScreeningQuestion q : ScreeningQuestion.values()) {
                RadioButtonGroup<Integer> mine = new RadioButtonGroup<>();
                mine.setItems(1, 2, 3, 4, 5);
                mine.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
                mine.setLabel(getTranslation(q.messageKey()));
                mine.setId("score-" + candidateId + "-" + q.name());
                mine.addValueChangeListener(e -> {
                    if (!filling && e.isFromClient()) {
                        Actions.run(this, () -> screening.score(candidateId, q, e.getValue()));
                    }
                });
                Span all = new Span();
                all.addClassName("meeting-scores");
                all.setId("scores-" + candidateId + "-" + q.name());
                Span avg = new Span();
                avg.addClassName("topic-average");
                avg.setId("average-" + candidateId + "-" + q.name());
                myScores.put(q, mine);
                scores.put(q, all);
                averages.put(q, avg);
                Div row = new Div(mine, avg, all);
                row.addClassName("meeting-question");
                add(row);
            }
            decision.setLabel(getTranslation("topic.decision.label"));
            decision.setItems(SelectionDecision.values());
            decision.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
            decision.setId("decision-" + candidateId);
            reasons.setLabel(getTranslation("topic.decision.reasons"));
            reasons.setWidthFull();
            reasons.setId("reasons-" + candidateId);
            record.setText(getTranslation("topic.decision.record"));
            record.setId("record-" + candidateId);
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            // A decision recorded by someone else while this one was being chosen makes recording it a conflict (their
            // decision then shows here), however many live updates came since.
            decision.addValueChangeListener(e -> deciding.changed(e.isFromClient() && !filling, version));
            reasons.addValueChangeListener(e -> deciding.changed(e.isFromClient() && !filling, version));
            record.addClickListener(e -> {
                long basedOn = deciding.basedOn(version);
                if (Actions.on(this).conflictMessage("topic.conflict").afterConflict(() -> {
                    deciding.done();
                    SelectionMeetingView.this.reload();
                }).run(() -> selection.decide(candidateId, basedOn, decision.getValue(), reasons.getValue()))) {
                    deciding.done();
                    reasons.clear();
                    decision.clear();
                    Messages.showSuccess(getTranslation("topic.decision.recorded"));
                }
            });
            lastDecision.addClassName("meeting-decided");
            Div form = new Div(decision, reasons, record, lastDecision);
            form.addClassName("meeting-decision");
            add(form);
        }

        void show(CandidateDetails d) {
            filling = true;
            try {
                version = d.version();
                H3 title = (H3) getChildren().findFirst().orElseThrow();
                title.removeAll();
                title.add(new RouterLink(d.draft().title(), TopicDetailView.class,
                        new RouteParameters(TopicDetailView.PARAM, String.valueOf(d.id()))));
                status.removeAll();
                status.add(StatusBadge.of(this, d.status()));
                for (ScreeningQuestion q : ScreeningQuestion.values()) {
                    ScreeningEntryView mine = d.entryOf(q, me);
                    myScores.get(q).setValue(mine == null ? null : mine.score());
                    scores.get(q).setText(d.screening(q).stream().filter(e -> e.score() != null)
                            .map(e -> e.userName() + " " + e.score()).collect(Collectors.joining(" · ")));
                    Double avg = d.averages().get(q);
                    averages.get(q).setText(avg == null ? getTranslation("topic.average.none")
                            : getTranslation("topic.average", String.format(Locale.ROOT, "%.1f", avg),
                                    d.screening(q).stream().filter(e -> e.score() != null).count()));
                }
                boolean decided = d.status().isDecision();
                lastDecision.setText(decided ? getTranslation("topic.meeting.decided",
                        getTranslation(d.status().messageKey()), StoredText.show(d.updatedByName(), this::getTranslation),
                        Formats.dateTime(d.updatedAt(), getLocale())) : "");
            } finally {
                filling = false;
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        live = LiveSubscription.of(this, bus, TopicLive.CHANNEL, Set.of(TopicLive.CANDIDATES, TopicLive.SCREENING),
                batch -> Actions.run(this, this::reload));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (live != null) {
            live.close();
            live = null;
        }
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("topic.meeting.title") + " · " + getTranslation("app.name");
    }
}
