package kr.silheomjang.experiment.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GuestOnlyAccountRepository extends JpaRepository<GuestOnlyAccount, Long> {
}
