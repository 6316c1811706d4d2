package kr.silheomjang.portfolio;

import kr.silheomjang.collab.LiveKind;

/** The live-update kinds of the portfolio timeline. */
public enum PortfolioLive implements LiveKind {
    /** The owner changed the planned stage dates of the experiment. */
    PLAN("portfolio-plan");

    private final String key;

    PortfolioLive(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
