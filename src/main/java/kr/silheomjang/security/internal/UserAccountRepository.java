package kr.silheomjang.security.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCase(String email);

    long countByAdministrator(int administrator);

    java.util.List<UserAccount> findAllByOrderByDisplayNameAscIdAsc();
}
