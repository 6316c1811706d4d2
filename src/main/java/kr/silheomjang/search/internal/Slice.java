package kr.silheomjang.search.internal;

import kr.silheomjang.search.SearchKind;

/** Everything of one kind in one experiment: what one live update makes the index read again. */
record Slice(long experimentId, SearchKind kind) {

    String key() {
        return experimentId + ":" + kind.name();
    }
}
