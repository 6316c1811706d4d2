package kr.silheomjang.people;

/** The live-update kinds this module announces. */
public final class PeopleKinds {

    public static final String PARTICIPANTS = "participants";
    public static final String PROPOSER = "proposer";
    public static final String STAFF = "staff";
    public static final String PARTNERS = "partners";

    private PeopleKinds() {
    }
}
