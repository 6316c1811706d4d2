package kr.silheomjang.topic.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kr.silheomjang.topic.OutreachAnswer;
import kr.silheomjang.topic.OutreachEntryView;
import kr.silheomjang.topic.OutreachStep;

/** One step of the outreach log: append-only (no version), only its note is cleared by retention. */
@Entity
@Table(name = "topic_outreach_entry")
public class OutreachEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "candidate_id", nullable = false)
    private long candidateId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OutreachStep step;
    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;
    @Column(length = 100)
    private String channel;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private OutreachAnswer answer;
    @Column(length = 2000)
    private String note;
    @Column(name = "recorded_by_name", nullable = false, length = 100)
    private String recordedByName;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected OutreachEntry() {
    }

    public OutreachEntry(long candidateId, OutreachStep step, LocalDate happenedOn, String channel,
            OutreachAnswer answer, String note, String recordedByName, Instant recordedAt) {
        this.candidateId = candidateId;
        this.step = step;
        this.happenedOn = happenedOn;
        this.channel = channel;
        this.answer = answer;
        this.note = note;
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAt;
    }

    public OutreachStep getStep() { return step; }
    public OutreachAnswer getAnswer() { return answer; }
    public void eraseNote() { note = null; }

    public OutreachEntryView toView() {
        return new OutreachEntryView(id, step, happenedOn, channel, answer, note, recordedByName, recordedAt);
    }
}
