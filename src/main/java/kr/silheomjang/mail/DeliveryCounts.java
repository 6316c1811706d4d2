package kr.silheomjang.mail;

import java.util.Map;

/** How many mails of a batch are in each status. */
public record DeliveryCounts(Map<DeliveryStatus, Long> byStatus) {

    public DeliveryCounts {
        byStatus = Map.copyOf(byStatus);
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
