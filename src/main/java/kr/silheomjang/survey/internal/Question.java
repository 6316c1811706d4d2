package kr.silheomjang.survey.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import kr.silheomjang.survey.QuestionType;
import kr.silheomjang.survey.SurveyQuestion;

/** A question of one survey. Options are stored one per line. */
@Entity
@Table(name = "survey_question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    private Survey survey;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "question_type", nullable = false, length = 20)
    private QuestionType type;

    @Column(name = "question_text", nullable = false, length = 500)
    private String text;

    @Column(name = "options_text", length = 2000)
    private String optionsText;

    /** INT 0/1: the same schema has no BOOLEAN on H2 and MySQL. */
    @Column(nullable = false)
    private int required;

    @Version
    private long version;

    protected Question() {
    }

    public Question(Survey survey) {
        this.survey = survey;
    }

    public void apply(int order, SurveyQuestion q) {
        this.sortOrder = order;
        this.type = q.type();
        this.text = q.text();
        this.optionsText = q.type().hasOptions() ? String.join("\n", q.options()) : null;
        this.required = q.required() ? 1 : 0;
    }

    public SurveyQuestion toView() {
        return new SurveyQuestion(id, type, text, options(), required == 1);
    }

    public List<String> options() {
        return optionsText == null || optionsText.isEmpty() ? List.of() : Arrays.asList(optionsText.split("\n"));
    }

    public Long getId() {
        return id;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public QuestionType getType() {
        return type;
    }

    public String getText() {
        return text;
    }
}
