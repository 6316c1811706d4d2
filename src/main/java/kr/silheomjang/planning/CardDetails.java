package kr.silheomjang.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Everything the card dialog shows. {@code descriptionHtml} is already sanitized. */
public record CardDetails(long id, long version, long columnId, String columnName, String title, String description,
        String descriptionHtml, String category, LocalDate due, Set<Long> assigneeIds, List<String> labels,
        List<ChecklistLine> checklist, List<Comment> comments, List<HistoryLine> history,
        List<Attachment> attachments, boolean canEdit, Instant updatedAt, String updatedByName) {

    /**
     * A checklist line; {@code version} is its text's version, what an edit of its text is saved against (a tick does
     * not move it); {@code editedBy} who changed the text last (null: nobody since it was added), for an open editor
     * of it to say so.
     */
    public record ChecklistLine(long id, String text, boolean done, long version, @Nullable String editedBy) {
    }

    /**
     * A comment; {@code mentionedUserIds} are members named with @ in it; {@code editedAt} is its author's last edit
     * (null: never edited); {@code version} is what an edit is saved against.
     */
    public record Comment(long id, long authorId, String authorName, String body, Instant at,
            List<Long> mentionedUserIds, Instant editedAt, long version) {
    }

    public record HistoryLine(String actorName, String action, String detail, Instant at) {
    }

    public record Attachment(long id, String fileName, String contentType, long sizeBytes, String uploadedByName,
            Instant at) {
    }

    public int checklistDone() {
        return (int) checklist.stream().filter(ChecklistLine::done).count();
    }
}
