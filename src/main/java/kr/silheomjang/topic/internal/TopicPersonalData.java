package kr.silheomjang.topic.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import kr.silheomjang.shared.PersonalDataHolder;
import kr.silheomjang.topic.TopicLive;

/**
 * The proposer's personal fields on candidates (name, mail, phone, SNS), the proposer-meeting notes and the outreach
 * log's notes (docs/personal-data.md). A candidate made into an experiment follows that experiment's retention,
 * export and erasure; the proposal text itself stays. Candidates never linked: {@link TopicRetention}. The entities
 * are changed through JPA, so their versions move (an open form still holding the old words is told on saving), and
 * each changed candidate is announced as {@link TopicLive#CANDIDATES} ({@link TopicAnnouncements}): its page shows
 * the erased fields and notes.
 */
@Component
class TopicPersonalData implements PersonalDataHolder {

    private final TopicCandidateRepository candidates;
    private final TopicOutreachRepository outreach;
    private final OutreachEntryRepository entries;
    private final TopicAnnouncements announcements;

    TopicPersonalData(TopicCandidateRepository candidates, TopicOutreachRepository outreach,
            OutreachEntryRepository entries, TopicAnnouncements announcements) {
        this.candidates = candidates;
        this.outreach = outreach;
        this.entries = entries;
        this.announcements = announcements;
    }

    @Override
    public String module() {
        return "topic";
    }

    @Override
    public int purge(long experimentId) {
        int n = 0;
        for (TopicCandidate c : candidates.findByExperimentId(experimentId)) {
            if (hasPersonalData(c) || outreach.findById(c.getId()).map(o -> o.notes().background() != null
                    || o.notes().network() != null || o.notes().campaign() != null || o.notes().will() != null)
                    .orElse(false)) {
                TopicRetention.eraseAll(c, outreach, entries);
                announcements.announce(TopicLive.CANDIDATES, c);
                n++;
            }
        }
        return n;
    }

    @Override
    public List<PersonalTable> export(long experimentId, Person person) {
        List<List<String>> rows = new ArrayList<>();
        for (TopicCandidate c : about(experimentId, person)) {
            rows.add(List.of(c.getTitle(), nz(c.getProposerName()), nz(c.getProposerEmail()),
                    nz(c.getProposerPhone()), nz(c.getProposerSns())));
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        // The meeting notes are about the proposer: their background, activities, networks and will.
        List<List<String>> notes = new ArrayList<>();
        for (TopicCandidate c : about(experimentId, person)) {
            outreach.findById(c.getId()).ifPresent(o -> notes.add(List.of(c.getTitle(), nz(o.notes().background()),
                    nz(o.notes().network()), nz(o.notes().campaign()), nz(o.notes().will()))));
        }
        List<PersonalTable> tables = new ArrayList<>();
        tables.add(new PersonalTable("proposals", List.of("personal.header.proposal", "personal.header.proposer", "personal.header.mail", "personal.header.phone", "personal.header.sns"), rows));
        if (!notes.isEmpty()) {
            tables.add(new PersonalTable("proposer-meeting", List.of("personal.header.proposal", "personal.header.background", "personal.header.network",
                    "personal.header.campaign", "personal.header.willingness"), notes));
        }
        return tables;
    }

    @Override
    public int erase(long experimentId, Person person) {
        List<TopicCandidate> found = about(experimentId, person);
        for (TopicCandidate c : found) {
            TopicRetention.eraseAll(c, outreach, entries);
            announcements.announce(TopicLive.CANDIDATES, c);
        }
        return found.size();
    }

    private List<TopicCandidate> about(long experimentId, Person person) {
        return candidates.findByExperimentId(experimentId).stream()
                .filter(c -> person.hasEmail(c.getProposerEmail())
                        || c.getProposerName() != null && person.mentionedIn(c.getProposerName())
                        || c.getProposerPhone() != null && person.mentionedIn(c.getProposerPhone()))
                .toList();
    }

    private static boolean hasPersonalData(TopicCandidate c) {
        return c.getProposerEmail() != null || c.getProposerPhone() != null || c.getProposerSns() != null
                || c.getProposerName() != null && !ERASED.equals(c.getProposerName());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
