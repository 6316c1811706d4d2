package kr.silheomjang.people;

/** A recorded answer. WITHDRAWN follows an earlier GIVEN and is kept next to it, never replacing it. */
public enum ConsentDecision {
    GIVEN, DECLINED, WITHDRAWN;

    public String messageKey() {
        return "people.consent.decision." + name();
    }

    public boolean allows() {
        return this == GIVEN;
    }
}
