package kr.silheomjang.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** An answer to one of the planners' questions, kept with the question as it was asked. */
@Entity
@Immutable
@Table(name = "recruit_answer")
public class RecruitAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "question_text", nullable = false, length = 300)
    private String question;

    @Column(name = "answer_text", nullable = false, length = 1000)
    private String answer;

    protected RecruitAnswer() {
    }

    public RecruitAnswer(long applicationId, int sortOrder, String question, String answer) {
        this.applicationId = applicationId;
        this.sortOrder = sortOrder;
        this.question = question;
        this.answer = answer;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }
}
