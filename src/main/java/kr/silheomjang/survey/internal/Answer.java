package kr.silheomjang.survey.internal;

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

import kr.silheomjang.survey.QuestionType;

/**
 * One answer, with the question's wording and type as the respondent saw them: editing the form later never changes
 * what an answer was an answer to. Multiple choices are stored one per line.
 */
@Entity
@Table(name = "survey_answer")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "response_id", nullable = false)
    private long responseId;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "question_type", nullable = false, length = 20)
    private QuestionType type;

    @Column(name = "question_text", nullable = false, length = 500)
    private String questionText;

    @Column(name = "answer_text", nullable = false, length = 4000)
    private String answerText;

    protected Answer() {
    }

    public Answer(long responseId, long questionId, int sortOrder, QuestionType type, String questionText,
            String answerText) {
        this.responseId = responseId;
        this.questionId = questionId;
        this.sortOrder = sortOrder;
        this.type = type;
        this.questionText = questionText;
        this.answerText = answerText;
    }

    public Long getId() {
        return id;
    }

    public long getResponseId() {
        return responseId;
    }

    public long getQuestionId() {
        return questionId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public QuestionType getType() {
        return type;
    }

    public String getQuestionText() {
        return questionText;
    }

    public String getAnswerText() {
        return answerText;
    }
}
