package kr.silheomjang.people;

/** What the guide says must be explained to a proposer (§2 주의사항). */
public enum Caveat {
    ONE_OFF, DURATION, NOT_POLICY, ORGANISER_PLANS;

    public String messageKey() {
        return "people.caveat." + name();
    }
}
