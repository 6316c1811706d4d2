package kr.silheomjang.mail.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import kr.silheomjang.mail.DeliveryStatus;

/**
 * The outbox. Every status change is one guarded UPDATE that names the status it expects: of two nodes claiming the
 * same mail, exactly one changes a row, and only that one sends it.
 */
public interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

    @Query("select m.idempotencyKey from MailMessage m where m.idempotencyKey in :keys")
    List<String> findExistingKeys(Collection<String> keys);

    List<MailMessage> findByBatchKeyOrderByIdAsc(String batchKey);

    List<MailMessage> findByBatchKey(String batchKey, Pageable page);

    @Query("select m.status, count(m) from MailMessage m where m.batchKey = :batchKey group by m.status")
    List<Object[]> countByStatus(String batchKey);

    @Query("select m.id from MailMessage m where m.status = kr.silheomjang.mail.DeliveryStatus.QUEUED"
            + " and m.nextAttemptAt <= :now order by m.id")
    List<Long> findDue(Instant now, Pageable page);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update MailMessage m set m.status = kr.silheomjang.mail.DeliveryStatus.SENDING, m.claimedBy = :node,"
            + " m.claimedAt = :now, m.attempts = m.attempts + 1, m.version = m.version + 1"
            + " where m.id = :id and m.status = kr.silheomjang.mail.DeliveryStatus.QUEUED")
    int claim(long id, String node, Instant now);

    /** Ends a claim: only the node that holds it, and only while it is still being sent. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update MailMessage m set m.status = :status, m.lastError = :error, m.sentAt = :sentAt,"
            + " m.nextAttemptAt = :nextAttempt, m.version = m.version + 1"
            + " where m.id = :id and m.claimedBy = :node and m.status = kr.silheomjang.mail.DeliveryStatus.SENDING")
    int finish(long id, String node, DeliveryStatus status, @Nullable String error, @Nullable Instant sentAt,
            Instant nextAttempt);

    /**
     * Claims whose node stopped before it said how the send went (a crash or restart mid-send): the server may or may
     * not have the mail, so they become FAILED with that reason instead of being sent again.
     */
    @Query("select m.id from MailMessage m where m.status = kr.silheomjang.mail.DeliveryStatus.SENDING"
            + " and m.claimedAt < :before")
    List<Long> findInterrupted(Instant before);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update MailMessage m set m.status = kr.silheomjang.mail.DeliveryStatus.FAILED, m.lastError = :error,"
            + " m.version = m.version + 1"
            + " where m.id in :ids and m.status = kr.silheomjang.mail.DeliveryStatus.SENDING and m.claimedAt < :before")
    int failInterrupted(Collection<Long> ids, Instant before, String error);

    /** Not an erased person's: their mail was stopped on purpose and has no address left to retry. */
    default List<Long> findFailed(String batchKey) {
        return findFailedExcept(batchKey, kr.silheomjang.shared.PersonalDataHolder.ERASED);
    }

    @Query("select m.id from MailMessage m where m.batchKey = :batchKey"
            + " and m.status = kr.silheomjang.mail.DeliveryStatus.FAILED and m.recipient <> :erased")
    List<Long> findFailedExcept(String batchKey, String erased);

    /** As many as {@link #findFailed} finds, counted by the database (the delivery log asks on every refresh). */
    default long countFailed(String batchKey) {
        return countFailedExcept(batchKey, kr.silheomjang.shared.PersonalDataHolder.ERASED);
    }

    @Query("select count(m) from MailMessage m where m.batchKey = :batchKey"
            + " and m.status = kr.silheomjang.mail.DeliveryStatus.FAILED and m.recipient <> :erased")
    long countFailedExcept(String batchKey, String erased);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update MailMessage m set m.status = kr.silheomjang.mail.DeliveryStatus.QUEUED, m.attempts = 0,"
            + " m.nextAttemptAt = :now, m.claimedBy = null, m.claimedAt = null, m.version = m.version + 1"
            + " where m.id in :ids and m.status = kr.silheomjang.mail.DeliveryStatus.FAILED")
    int requeue(Collection<Long> ids, Instant now);

    @Query("select m.experimentId from MailMessage m where m.id = :id")
    @Nullable Long experimentIdOf(long id);
}
