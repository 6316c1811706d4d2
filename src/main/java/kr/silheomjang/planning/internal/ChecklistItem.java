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

    /** Who changed the line last (its text or its tick) and when; null until first changed after it was added. */
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by_name", length = 100)
    private String updatedByName;

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
    public void setText(String text) { this.text = text; }
    public long getVersion() { return version; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedByName() { return updatedByName; }

    public void touch(Instant now, String byName) {
        this.updatedAt = now;
        this.updatedByName = byName;
    }
}
