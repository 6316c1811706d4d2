package kr.silheomjang.survey;

import java.util.Set;

/**
 * The forms of an experiment that its partner guests answer as their own party (the follow-up module's partners'
 * feedback form). A form's public link lets whoever holds it answer as the form's party, so a guest is given the links
 * of these forms only, never those of participants', the proposer's or staff forms ({@link SurveyService#list}).
 * Implementations are Spring beans of the modules that make such forms; the caller's access is checked before.
 */
public interface GuestAnsweredForms {

    /** The ids of the experiment's forms that its partner guests answer themselves. */
    Set<Long> answeredByGuests(long experimentId);
}
