package kr.silheomjang.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The editable fields of a card, as the dialog sends them. */
public record CardDraft(String title, String description, String category, LocalDate due, Set<Long> assigneeIds,
        List<String> labels) {

    public CardDraft {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        category = category == null ? "" : category.strip();
        assigneeIds = assigneeIds == null ? Set.of() : Set.copyOf(assigneeIds);
        labels = labels == null ? List.of()
                : labels.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    public static CardDraft of(CardDetails d) {
        return new CardDraft(d.title(), d.description(), d.category(), d.due(), d.assigneeIds(), d.labels());
    }
}
