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

    /** Still on its way: queued or being sent. */
    public long pending() {
        return of(DeliveryStatus.QUEUED) + of(DeliveryStatus.SENDING);
    }
}
