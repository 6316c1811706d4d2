package kr.silheomjang.survey;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.survey.internal.ResponseRepository;
import kr.silheomjang.survey.internal.Survey;
import kr.silheomjang.survey.internal.SurveyRepository;

/**
 * How many responses forms have, one query for any number (e.g. the follow-up module's stage checklist over the whole
 * experiment list). Not a user-facing service: it checks no membership, so only feature code calls it, after its own
 * {@code ExperimentAccess} check for the experiments the forms belong to.
 */
@Component
public class SurveyResponseCounts {

    private final ResponseRepository responses;
    private final SurveyRepository surveys;

    SurveyResponseCounts(ResponseRepository responses, SurveyRepository surveys) {
        this.responses = responses;
        this.surveys = surveys;
    }

    /** Which of these forms still exist (e.g. the results page leaves out a deleted survey's charts). */
    @Transactional(readOnly = true)
    public java.util.Set<Long> existing(Collection<Long> surveyIds) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        if (!surveyIds.isEmpty()) {
            surveys.findAllById(surveyIds).stream().map(Survey::getId).forEach(out::add);
        }
        return out;
    }

    /** Survey id to its number of responses; forms without any are left out. */
    @Transactional(readOnly = true)
    public Map<Long, Long> of(Collection<Long> surveyIds) {
        Map<Long, Long> out = new HashMap<>();
        if (!surveyIds.isEmpty()) {
            for (Object[] row : responses.countBySurveys(List.copyOf(surveyIds))) {
                out.put((Long) row[0], (Long) row[1]);
            }
        }
        return out;
    }
}
