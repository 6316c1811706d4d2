package kr.silheomjang.topic.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import kr.silheomjang.shared.PersonalDataHolder;

/**
 * The proposer's personal fields on candidates (name, mail, phone, SNS; docs/personal-data.md). A candidate made into
 * an experiment follows that experiment's retention, export and erasure; the proposal text itself stays.
 */
@Component
class TopicPersonalData implements PersonalDataHolder {

    private final TopicCandidateRepository candidates;

    TopicPersonalData(TopicCandidateRepository candidates) {
        this.candidates = candidates;
    }

    @Override
    public String module() {
        return "topic";
    }

    @Override
    public int purge(long experimentId) {
        int n = 0;
        for (TopicCandidate c : candidates.findByExperimentId(experimentId)) {
            if (hasPersonalData(c)) {
                c.eraseProposer(ERASED);
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
        return rows.isEmpty() ? List.of()
                : List.of(new PersonalTable("proposals", List.of("제안", "제안자", "메일", "전화", "SNS"), rows));
    }

    @Override
    public int erase(long experimentId, Person person) {
        List<TopicCandidate> found = about(experimentId, person);
        found.forEach(c -> c.eraseProposer(ERASED));
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
