package kr.silheomjang.experiment;

/**
 * What of the people an experiment involves a caller may see beyond names, groups and statuses: contacts (phone,
 * e-mail), needs (accessibility and dietary: health-related) and free notes. Owners and planners see everything;
 * partner guests see what the owner turned on for the experiment, nothing by default.
 */
public record GuestScope(boolean contacts, boolean needs, boolean notes) {

    public static final GuestScope NONE = new GuestScope(false, false, false);
    public static final GuestScope ALL = new GuestScope(true, true, true);

    /** For the activity feed: which details are on, e.g. "contacts,notes" (empty when none). */
    public String detail() {
        StringBuilder b = new StringBuilder();
        append(b, contacts, "contacts");
        append(b, needs, "needs");
        append(b, notes, "notes");
        return b.toString();
    }

    private static void append(StringBuilder b, boolean on, String name) {
        if (on) {
            b.append(b.isEmpty() ? "" : ",").append(name);
        }
    }
}
