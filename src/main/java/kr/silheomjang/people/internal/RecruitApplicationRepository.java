package kr.silheomjang.people.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import kr.silheomjang.people.AttendanceStatus;

public interface RecruitApplicationRepository extends JpaRepository<RecruitApplication, Long> {

    Optional<RecruitApplication> findByPersonalToken(String token);

    Optional<RecruitApplication> findByParticipantId(long participantId);

    Optional<RecruitApplication> findByExperimentIdAndSubmissionKey(long experimentId, String submissionKey);

    List<RecruitApplication> findByExperimentIdAndParticipantIdIn(long experimentId, Collection<Long> participantIds);

    long countByExperimentId(long experimentId);

    /** [application, participant] of every applicant, first come first. */
    @Query("select a, p from RecruitApplication a, Participant p where p.id = a.participantId"
            + " and a.experimentId = :e order by a.appliedAt, a.id")
    List<Object[]> withParticipants(@Param("e") long experimentId);

    /** One page of the applicants (for the lazy selection list). */
    @Query("select a, p from RecruitApplication a, Participant p where p.id = a.participantId"
            + " and a.experimentId = :e order by a.appliedAt, a.id")
    List<Object[]> pageWithParticipants(@Param("e") long experimentId, org.springframework.data.domain.Pageable page);

    /** The applicants with these participant ids (refreshing rows in place). */
    @Query("select a, p from RecruitApplication a, Participant p where p.id = a.participantId"
            + " and a.experimentId = :e and p.id in :ids")
    List<Object[]> withParticipants(@Param("e") long experimentId, @Param("ids") Collection<Long> participantIds);

    /** Applicants at one step, first come first (the waitlist's order). */
    @Query("select a from RecruitApplication a, Participant p where p.id = a.participantId"
            + " and a.experimentId = :e and p.status = :s order by a.appliedAt, a.id")
    List<RecruitApplication> atStatus(@Param("e") long experimentId, @Param("s") AttendanceStatus status);

    /** Applicants whose status holds a place (선정, 참여 확정, 안내 발송, 재확인, 참석). */
    @Query("select count(a) from RecruitApplication a, Participant p where p.id = a.participantId"
            + " and a.experimentId = :e and p.status in :s")
    long countAt(@Param("e") long experimentId, @Param("s") Collection<AttendanceStatus> statuses);

    /** Sign-ups still in the running (not cancelled), for the form's application limit. */
    @Query("select count(a) from RecruitApplication a, Participant p where p.id = a.participantId"
            + " and a.experimentId = :e and p.status <> kr.silheomjang.people.AttendanceStatus.CANCELLED")
    long countActive(@Param("e") long experimentId);
}
