package kr.silheomjang.mail.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OptOutTokenRepository extends JpaRepository<OptOutToken, Long> {

    Optional<OptOutToken> findByTokenHash(String tokenHash);
}
