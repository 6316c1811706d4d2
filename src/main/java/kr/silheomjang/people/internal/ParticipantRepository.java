package kr.silheomjang.people.internal;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ParticipantGroup;
import kr.silheomjang.people.PhotoConsent;

public interface ParticipantRepository extends JpaRepository<Participant, Long> {

    String FILTER = " from Participant p where p.experimentId = :e"
            + " and (:text is null or lower(p.name) like :text"
            // Contacts are searched only for callers who may see them: a guest must not find a hidden number by trying.
            + " or (:contacts = true and (p.phone like :text or lower(p.email) like :text)))"
            + " and (:g is null or p.group = :g) and (:s is null or p.status = :s)"
            + " and (:ph is null or p.photoConsent = :ph)";

    @Query("select p" + FILTER)
    List<Participant> search(@Param("e") long experimentId, @Param("text") @Nullable String text,
            @Param("contacts") boolean contacts, @Param("g") @Nullable ParticipantGroup group,
            @Param("s") @Nullable AttendanceStatus status, @Param("ph") @Nullable PhotoConsent photo,
            Pageable pageable);

    @Query("select count(p)" + FILTER)
    long countSearch(@Param("e") long experimentId, @Param("text") @Nullable String text,
            @Param("contacts") boolean contacts, @Param("g") @Nullable ParticipantGroup group,
            @Param("s") @Nullable AttendanceStatus status, @Param("ph") @Nullable PhotoConsent photo);

    @Query("select p.status, count(p) from Participant p where p.experimentId = :e group by p.status")
    List<Object[]> countByStatus(@Param("e") long experimentId);

    List<Participant> findByExperimentIdOrderByNameAscIdAsc(long experimentId);

    List<Participant> findByExperimentIdAndIdIn(long experimentId, Collection<Long> ids);

    List<Participant> findByExperimentIdAndGroup(long experimentId, ParticipantGroup group);

    List<Participant> findByExperimentIdAndPhotoConsentOrderByNameAsc(long experimentId, PhotoConsent photo);

    List<Participant> findByExperimentIdAndAnonymisedAtIsNull(long experimentId);

    long countByExperimentId(long experimentId);

    /** For the stage checklist of many experiments: [experiment id, status, count] of people not anonymised. */
    @Query("select p.experimentId, p.status, count(p) from Participant p where p.experimentId in :ids"
            + " and p.anonymisedAt is null group by p.experimentId, p.status")
    List<Object[]> countByExperimentAndStatus(@Param("ids") Collection<Long> ids);
}
