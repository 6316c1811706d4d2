package kr.silheomjang.mail;

import java.util.Map;

/**
 * How many mails of a batch are in each status, and how many failed ones a retry would send again (not an erased
 * person's, which were stopped on purpose).
 */
public record DeliveryCounts(Map<DeliveryStatus, Long> byStatus, long retryable) {

    public DeliveryCounts {
        byStatus = Map.copyOf(byStatus);
    }

    /** Counts where every failed mail may be retried. */
    public DeliveryCounts(Map<DeliveryStatus, Long> byStatus) {
        this(byStatus, byStatus.getOrDefault(DeliveryStatus.FAILED, 0L));
    }

    public long of(DeliveryStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Reached: sent by the server or, without one, by the team by hand. */
    public long sent() {
        return of(DeliveryStatus.SENT) + of(DeliveryStatus.SENT_BY_HAND);
    }

    /** Still on its way: queued or being sent. */
    public long pending() {
        return of(DeliveryStatus.QUEUED) + of(DeliveryStatus.SENDING);
    }
}
