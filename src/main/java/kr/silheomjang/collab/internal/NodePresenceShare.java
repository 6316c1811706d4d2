package kr.silheomjang.collab.internal;

import java.util.List;
import java.util.function.Supplier;

import kr.silheomjang.collab.LiveKind;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;

/** One node: presence lives in this JVM only; a change is announced at once. */
public class NodePresenceShare implements PresenceShare {

    private final LiveUpdateBus bus;

    public NodePresenceShare(LiveUpdateBus bus) {
        this.bus = bus;
    }

    @Override
    public void changed(long experimentId, LiveKind kind, Supplier<List<Seat>> seatsOfThisNode) {
        bus.publish(LiveUpdate.of(experimentId, kind));
    }

    @Override
    public List<Seat> others(long experimentId) {
        return List.of();
    }
}
