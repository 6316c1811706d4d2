package kr.silheomjang.followup.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import kr.silheomjang.followup.RetroParty;

public interface RetroLinkRepository extends JpaRepository<RetroLink, Long> {

    List<RetroLink> findByExperimentIdOrderByIdAsc(long experimentId);

    List<RetroLink> findByExperimentIdIn(Collection<Long> ids);

    List<RetroLink> findBySurveyId(long surveyId);

    boolean existsByExperimentIdAndParty(long experimentId, RetroParty party);
}
