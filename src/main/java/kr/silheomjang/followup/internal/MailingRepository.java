package kr.silheomjang.followup.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import kr.silheomjang.followup.MailTemplate;

public interface MailingRepository extends JpaRepository<Mailing, Long> {

    List<Mailing> findByExperimentIdOrderByIdDesc(long experimentId);

    Optional<Mailing> findByIdAndExperimentId(long id, long experimentId);

    boolean existsByExperimentIdAndTemplateAndSentAtIsNotNull(long experimentId, MailTemplate template);

    @Query("select m.experimentId, m.template from Mailing m where m.experimentId in :ids and m.sentAt is not null")
    List<Object[]> sentTemplates(java.util.Collection<Long> ids);

    /** Locks the mailing row, so two sends of one mailing queue instead of racing. */
    @Query(value = "select id from followup_mailing where id = :id for update", nativeQuery = true)
    Optional<Long> lockRow(long id);
}
