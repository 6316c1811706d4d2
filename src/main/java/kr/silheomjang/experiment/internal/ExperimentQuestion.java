package kr.silheomjang.experiment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "experiment_question")
public class ExperimentQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "experiment_id")
    private Experiment experiment;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "question_text", nullable = false, length = 1000)
    private String text;

    @Version
    private long version;

    protected ExperimentQuestion() {
    }

    ExperimentQuestion(Experiment experiment, int sortOrder, String text) {
        this.experiment = experiment;
        this.sortOrder = sortOrder;
        this.text = text;
    }

    void update(int sortOrder, String text) {
        this.sortOrder = sortOrder;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getText() {
        return text;
    }
}
