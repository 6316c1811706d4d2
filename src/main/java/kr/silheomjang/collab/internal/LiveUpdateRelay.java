package kr.silheomjang.collab.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.collab.ReadFreshness;

/** Services publish {@link LiveUpdate}s as application events; they reach the bus only once the change committed. */
@Component
class LiveUpdateRelay {

    private final LiveUpdateBus bus;

    LiveUpdateRelay(LiveUpdateBus bus) {
        this.bus = bus;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void relay(LiveUpdate update) {
        ReadFreshness.committedNow();
        bus.publish(update);
    }
}
