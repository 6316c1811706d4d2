package kr.silheomjang.search.internal;

import java.util.List;

import kr.silheomjang.search.SearchKind;

/**
 * One searchable thing as the index holds it.
 *
 * @param experimentId 0 for what belongs to no experiment (proposals)
 * @param label        shown, not searched (e.g. a survey answer's survey and question)
 * @param target       the id the link needs besides {@code id} (a survey answer's survey), else 0
 * @param guestsSee    whether partner guests of the experiment see it at all
 * @param viewers      who sees it even when guests do not (an event's attendees and its creator)
 */
public record IndexedDoc(SearchKind kind, long id, long experimentId, String title, String body, String label,
        long target, boolean guestsSee, List<Long> viewers) {

    public IndexedDoc {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        label = label == null ? "" : label;
        viewers = List.copyOf(viewers);
    }

    public static IndexedDoc open(SearchKind kind, long id, long experimentId, String title, String body) {
        return new IndexedDoc(kind, id, experimentId, title, body, "", 0, true, List.of());
    }
}
