package kr.silheomjang.planning;

import java.util.List;

public record ColumnView(long id, long version, String name, Integer wipLimit, List<CardSummary> cards) {

    public boolean overWipLimit() {
        return wipLimit != null && cards.size() > wipLimit;
    }
}
