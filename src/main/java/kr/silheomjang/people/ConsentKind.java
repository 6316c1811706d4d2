package kr.silheomjang.people;

/** The proposer's consents the guide asks for (§2). */
public enum ConsentKind {
    USE_OF_PROPOSAL, PARTICIPATION, INTERVIEW, FILMING;

    public String messageKey() {
        return "people.consent.kind." + name();
    }
}
