package kr.silheomjang.support;

import java.time.LocalDate;
import java.util.List;

import kr.silheomjang.experiment.ExperimentDraft;

public final class Drafts {

    private Drafts() {
    }

    /** A valid draft; tests change the one field they are about. */
    public static ExperimentDraft valid(String title) {
        ExperimentDraft d = new ExperimentDraft();
        d.setTitle(title);
        d.setProposalText("플라스틱 빨대를 안 쓰는 것만으로도 환경에 도움이 될까요?");
        d.setPlanningStart(LocalDate.of(2027, 1, 1));
        d.setEventDate(LocalDate.of(2027, 4, 1));
        d.setFollowUpEnd(LocalDate.of(2027, 5, 1));
        d.setQuestions(List.of("플라스틱 빨대를 안쓰는 것만으로도 환경에 도움을 줄까?"));
        return d;
    }
}
