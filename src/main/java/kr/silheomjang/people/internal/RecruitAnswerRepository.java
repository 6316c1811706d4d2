package kr.silheomjang.people.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RecruitAnswerRepository extends JpaRepository<RecruitAnswer, Long> {

    /** Erasing a person: their answers go (the application row keeps only dates and ids). */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from RecruitAnswer a where a.applicationId in"
            + " (select r.id from RecruitApplication r where r.participantId = :p)")
    int deleteOfParticipant(@org.springframework.data.repository.query.Param("p") long participantId);

    List<RecruitAnswer> findByApplicationIdInOrderByApplicationIdAscSortOrderAsc(Collection<Long> applicationIds);
}
