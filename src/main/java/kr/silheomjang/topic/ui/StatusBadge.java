package kr.silheomjang.topic.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import kr.silheomjang.topic.CandidateStatus;

/** The coloured status label of a candidate, the same on every page. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(Component where, CandidateStatus status) {
        Span badge = new Span(where.getTranslation(status.messageKey()));
        badge.addClassName("topic-status");
        badge.addClassName("status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
