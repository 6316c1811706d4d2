package kr.silheomjang.budget;

/** Planned against approved spend, in whole won, with the variance (spent − planned) and its share of the plan. */
public record Money(long planned, long spent) {

    public static final Money ZERO = new Money(0, 0);

    public long variance() {
        return spent - planned;
    }

    /** "+12.5%" etc., "-" when nothing is planned. */
    public String variancePercent() {
        return Won.percent(variance(), planned);
    }

    public boolean over() {
        return spent > planned;
    }

    /** How full the bar is, in whole percent of the plan, capped at 100 for the bar itself. */
    public int usedPercent() {
        if (planned <= 0) {
            return spent > 0 ? 100 : 0;
        }
        return (int) Math.min(100, spent * 100 / planned);
    }

    public Money plus(Money other) {
        return new Money(planned + other.planned, spent + other.spent);
    }
}
