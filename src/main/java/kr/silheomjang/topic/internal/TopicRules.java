package kr.silheomjang.topic.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.Texts;
import kr.silheomjang.topic.AgencyResponseDraft;
import kr.silheomjang.topic.CandidateDraft;

/**
 * The one check of what a candidate may hold, for the form and the import alike: returns the problems as message
 * keys (empty = fine) and the cleaned draft the service stores.
 */
public final class TopicRules {

    public static final int MAX_TITLE = 300;
    public static final int MAX_BODY = 6000;
    public static final int MAX_TAGS = 500;
    /** topic_candidate.source_url VARCHAR(1000) (counted as String.length(), as H2 counts). */
    public static final int MAX_URL = 1000;
    /**
     * A proposal older than ten years (the span an experiment's own dates may reach back) is a slipped year such as
     * 1900, not an idea still waiting in the pool.
     */
    static final int YEARS_BACK = 10;

    private TopicRules() {
    }

    public static List<String> problems(CandidateDraft d, LocalDate today) {
        List<String> errors = new ArrayList<>();
        if (Texts.isBlank(d.title())) {
            errors.add("topic.error.titleRequired");
        } else if (Texts.strip(d.title()).length() > MAX_TITLE) {
            errors.add("topic.error.titleTooLong");
        }
        if (Texts.isBlank(d.body())) {
            errors.add("topic.error.bodyRequired");
        } else if (Texts.strip(d.body()).length() > MAX_BODY) {
            errors.add("topic.error.bodyTooLong");
        }
        if (d.sourcePlatform() != null && Texts.strip(d.sourcePlatform()).length() > 50) {
            errors.add("topic.error.sourceTooLong");
        }
        String url = Texts.stripToNull(d.sourceUrl());
        if (url != null && url.length() > MAX_URL) {
            errors.add("topic.error.urlTooLong");
        } else if (url != null && !Texts.isWebAddress(url)) {
            errors.add("topic.error.urlInvalid");
        }
        if (d.submittedOn() != null && d.submittedOn().isAfter(today)) {
            errors.add("topic.error.dateInFuture");
        } else if (d.submittedOn() != null && d.submittedOn().isBefore(today.minusYears(YEARS_BACK))) {
            errors.add("topic.error.dateTooOld");
        }
        if (d.proposerKnown() && Texts.isBlank(d.proposerName())) {
            errors.add("topic.error.proposerNameRequired");
        }
        if (d.proposerName() != null && Texts.strip(d.proposerName()).length() > 100) {
            errors.add("topic.error.proposerNameTooLong");
        }
        String email = Texts.stripToNull(d.proposerEmail());
        // The column (topic_candidate.proposer_email) holds 200 characters, fewer than an account's address may have.
        if (email != null
                && (email.length() > 200 || !AccountService.isValidEmail(AccountService.normalizeEmail(email)))) {
            errors.add("topic.error.emailInvalid");
        }
        if (d.proposerPhone() != null && Texts.strip(d.proposerPhone()).length() > 40) {
            errors.add("topic.error.phoneInvalid");
        }
        if (d.proposerSns() != null && Texts.strip(d.proposerSns()).length() > 300) {
            errors.add("topic.error.snsTooLong");
        }
        if (String.join(",", clean(d, "").tags()).length() > MAX_TAGS) {
            errors.add("topic.error.tagsTooLong");
        }
        return errors;
    }

    /**
     * Trimmed values, blanks as null, a default source ({@code manualSource}: "직접 입력" in the writer's language),
     * tags without duplicates or commas.
     */
    public static CandidateDraft clean(CandidateDraft d, String manualSource) {
        boolean known = d.proposerKnown();
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String t : d.tags()) {
            String v = Texts.stripToNull(t == null ? null : t.replace(",", " "));
            if (v != null) {
                tags.add(v);
            }
        }
        String source = Texts.stripToNull(d.sourcePlatform());
        return new CandidateDraft(Texts.strip(d.title()), Texts.strip(d.body()),
                source == null ? manualSource : source, Texts.stripToNull(d.sourceUrl()), d.submittedOn(), known,
                Texts.stripToNull(d.proposerName()), known ? Texts.stripToNull(d.proposerEmail()) : null,
                known ? Texts.stripToNull(d.proposerPhone()) : null, known ? Texts.stripToNull(d.proposerSns()) : null,
                List.copyOf(tags));
    }

    public static List<String> problems(AgencyResponseDraft d) {
        List<String> errors = new ArrayList<>();
        if (Texts.isBlank(d.agency())) {
            errors.add("topic.agency.error.agencyRequired");
        } else if (Texts.strip(d.agency()).length() > 200) {
            errors.add("topic.agency.error.agencyTooLong");
        }
        if (d.askedOn() == null) {
            errors.add("topic.agency.error.askedRequired");
        } else if (d.answeredOn() != null && d.answeredOn().isBefore(d.askedOn())) {
            errors.add("topic.agency.error.answeredBeforeAsked");
        }
        if (d.summary() != null && Texts.strip(d.summary()).length() > 4000) {
            errors.add("topic.agency.error.summaryTooLong");
        }
        return errors;
    }
}
