package kr.silheomjang.people.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerGuestRepository extends JpaRepository<PartnerGuest, Long> {

    List<PartnerGuest> findByPartnerIdIn(Collection<Long> partnerIds);

    void deleteByPartnerId(long partnerId);
}
