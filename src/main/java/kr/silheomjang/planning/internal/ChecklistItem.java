package kr.silheomjang.planning.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One line of a card's checklist; ticked when {@code doneAt} is set. Its own row, so a tick never bumps the card. */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem {

    /** The longest line item_text holds (VARCHAR(300)). */
    public static final int MAX_TEXT = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "card_id", nullable = false)
    private long cardId;

    @Column(name = "sort_key", nullable = false, length = 120)
    private String sortKey;

    @Column(name = "item_text", nullable = false, length = 300)
    private String text;

    @Column(name = "done_at")
    private Instant doneAt;

    /**
     * Who changed the line's text last and when (a tick is not named here: it is in the card history); null until its
     * text was first changed after it was added (or, before V69, a tick).
     */
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by_name", length = 100)
    private String updatedByName;

    /**
     * Moves with every change of the text, never with a tick: what an edit of the text is checked against, so a
     * co-planner's tick does not refuse it (the row's {@link #version} moves with both).
     */
    @Column(name = "text_version", nullable = false)
    private long textVersion;

    @Version
    private long version;

    protected ChecklistItem() {
    }

    public ChecklistItem(long cardId, String sortKey, String text) {
        this.cardId = cardId;
        this.sortKey = sortKey;
        this.text = text;
    }

    public Long getId() { return id; }
    public long getCardId() { return cardId; }
    public String getSortKey() { return sortKey; }
    public String getText() { return text; }
    public Instant getDoneAt() { return doneAt; }
    public void setDoneAt(Instant doneAt) { this.doneAt = doneAt; }
    public long getVersion() { return version; }
    public long getTextVersion() { return textVersion; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedByName() { return updatedByName; }

    /** A new text, by whom and when: its text version moves on. */
    public void editText(String text, Instant now, String byName) {
        this.text = text;
        this.textVersion++;
        this.updatedAt = now;
        this.updatedByName = byName;
    }
}
