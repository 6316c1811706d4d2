package kr.silheomjang.survey.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AnswerRepository extends JpaRepository<Answer, Long> {

    @Query("select a from Answer a where a.responseId in (select r.id from Response r where r.surveyId = :surveyId)"
            + " order by a.responseId desc, a.sortOrder asc")
    List<Answer> findBySurvey(long surveyId);

    /** Every answer of a form's responses, before the responses themselves (foreign-key order). */
    @Modifying
    @Query("delete from Answer a where a.responseId in (select r.id from Response r where r.surveyId = :surveyId)")
    int deleteBySurvey(long surveyId);
}
