package kr.silheomjang.followup.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import kr.silheomjang.followup.RetroBoard;
import kr.silheomjang.followup.RetroKind;
import kr.silheomjang.followup.RetroParty;

/** A retrospective item a member wrote in the app. Never edited (like an answer by link). */
@Entity
@Table(name = "retro_entry")
public class RetroEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false)
    private long experimentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private RetroParty party;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private RetroKind kind;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "author_user_id", nullable = false)
    private long authorUserId;

    @Column(name = "author_name", nullable = false, length = 100)
    private String authorName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RetroEntry() {
    }

    public RetroEntry(long experimentId, RetroParty party, RetroKind kind, String body, long authorUserId,
            String authorName, Instant now) {
        this.experimentId = experimentId;
        this.party = party;
        this.kind = kind;
        this.body = body;
        this.authorUserId = authorUserId;
        this.authorName = authorName;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public RetroBoard.Item toItem() {
        return new RetroBoard.Item("m:" + id, party, kind, body, authorName, createdAt);
    }
}
