package kr.silheomjang.survey.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ResponseRepository extends JpaRepository<Response, Long> {

    long countBySurveyId(long surveyId);

    boolean existsBySurveyIdAndSubmissionKey(long surveyId, String submissionKey);

    List<Response> findBySurveyIdOrderByIdAsc(long surveyId);

    @Query("select r.surveyId, count(r) from Response r where r.surveyId in :surveyIds group by r.surveyId")
    List<Object[]> countBySurveys(List<Long> surveyIds);

    @Modifying
    @Query("delete from Response r where r.surveyId = :surveyId")
    int deleteBySurveyId(long surveyId);
}
