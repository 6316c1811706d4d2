package kr.silheomjang.survey.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SurveyRepository extends JpaRepository<Survey, Long> {

    List<Survey> findByExperimentIdOrderByIdAsc(long experimentId);

    @Query("select distinct s from Survey s left join fetch s.questions where s.id = :id")
    Optional<Survey> findWithQuestions(long id);

    /**
     * Locks the survey row before its questions are reordered or rewritten: two saves then queue on one row instead
     * of each holding a shared lock from a question insert and waiting for the other's (a deadlock).
     */
    @Query(value = "select id from survey where id = :id for update", nativeQuery = true)
    Optional<Long> lockRow(long id);

    @Query("select distinct s from Survey s left join fetch s.questions where s.publicToken = :token")
    Optional<Survey> findByTokenWithQuestions(String token);

    @Query("select q.survey.id, count(q) from Question q where q.survey.experimentId = :experimentId group by q.survey.id")
    List<Object[]> countQuestions(long experimentId);

    /** For the stage checklist of many experiments: [experiment id, opens at, closes at, responses] per survey. */
    @Query("select s.experimentId, s.opensAt, s.closesAt, (select count(r) from Response r where r.surveyId = s.id)"
            + " from Survey s where s.experimentId in :ids and s.audience in :audiences")
    List<Object[]> guideOutlines(java.util.Collection<Long> ids,
            java.util.Collection<kr.silheomjang.survey.SurveyAudience> audiences);
}
