package kr.silheomjang.security.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCase(String email);

    long countByAdministrator(int administrator);

    /**
     * Locks every administrator's row, in id order: two revocations at once then take turns, and the second counts
     * after the first committed (read committed).
     */
    @org.springframework.data.jpa.repository.Query(
            value = "select id from app_user where administrator = 1 order by id for update", nativeQuery = true)
    java.util.List<Long> lockAdministrators();

    /** 1 when the account is an administrator now, read from the database (not the session's copy); else 0. */
    @org.springframework.data.jpa.repository.Query("select count(a) from UserAccount a"
            + " where a.id = :id and a.administrator = 1")
    long countAdministratorNow(long id);

    /** Accounts in use (deleted ones are anonymised rows, not people), by name. */
    java.util.List<UserAccount> findByErasedAtIsNullOrderByDisplayNameAscIdAsc();
}
