package kr.silheomjang.survey.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import kr.silheomjang.survey.QuestionType;
import kr.silheomjang.survey.SurveyQuestion;

/**
 * A question of the guide's stored survey templates (seeded by V5, English by V68), copied into each new experiment
 * in its creator's language.
 */
@Entity
@Table(name = "survey_template_question")
public class TemplateQuestion {

    @Id
    private Long id;

    @Column(name = "template_code", nullable = false, length = 30)
    private String templateCode;

    @Column(name = "template_title", nullable = false, length = 200)
    private String templateTitle;

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

    @Column(nullable = false)
    private int required;

    /** The language of the texts ("ko", "en"): a new experiment's forms are its creator's (decision 0070). */
    @Column(nullable = false, length = 8)
    private String language;

    protected TemplateQuestion() {
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public String getLanguage() {
        return language;
    }

    public String getTemplateTitle() {
        return templateTitle;
    }

    public SurveyQuestion toQuestion() {
        List<String> options = optionsText == null ? List.of() : Arrays.asList(optionsText.split("\n"));
        return new SurveyQuestion(null, type, text, options, required == 1);
    }
}
