package kr.silheomjang.people.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerOrganizationRepository extends JpaRepository<PartnerOrganization, Long> {

    List<PartnerOrganization> findByExperimentIdOrderByNameAscIdAsc(long experimentId);
}
