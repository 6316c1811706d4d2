package kr.silheomjang.mail.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MailOptOutRepository extends JpaRepository<MailOptOut, Long> {

    boolean existsByEmail(String email);

    @Query("select o.email from MailOptOut o where o.email in :emails")
    List<String> findOptedOut(Collection<String> emails);

    @Modifying
    @Query("delete from MailOptOut o where o.email = :email")
    int deleteByEmail(String email);
}
