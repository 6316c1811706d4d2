package kr.silheomjang.followup;

/**
 * The guide's three mailings (§6 참여자 대상 발송). Each has a starting subject and body in the bundles
 * ({@code followup.mail.template.<NAME>.subject/.body}), using the merge fields of {@link MailMerge}: copied into the
 * mailing, in the language of the person who makes it, when it is made, and then edited there.
 */
public enum MailTemplate {
    THANKS, RESULTS, MORE;

    public String messageKey() {
        return "followup.mail.template." + name();
    }

    public String subjectKey() {
        return messageKey() + ".subject";
    }

    public String bodyKey() {
        return messageKey() + ".body";
    }
}
