package kr.silheomjang.experiment.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kr.silheomjang.collab.LiveKind;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.StageGuideLive;
import kr.silheomjang.shared.PersonalDataHolder;
import kr.silheomjang.shared.StoredInstant;

/**
 * Personal data of the experiment module: the proposer's name on the experiment, invitees' addresses (invitations
 * and the activity feed's invitation entries). Members' names in the feed stay: they are the team's own record of
 * who did what, kept with their accounts. What changed is announced where it shows: the proposer's name as
 * {@link WorkspaceLive#EXPERIMENT}, invitations as {@link WorkspaceLive#MEMBERS}, the feed as
 * {@link WorkspaceLive#ACTIVITY}, "해당 없음" reasons as {@link StageGuideLive#WAIVERS}; versioned rows move their
 * version with the text.
 */
@Component
class ExperimentPersonalData implements PersonalDataHolder {

    /** An e-mail address inside a feed entry's detail ("someone@x.kr|PLANNER"). */
    static final Pattern ADDRESS = Pattern.compile("[^\\s|@]+@[^\\s|]+");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ExperimentPersonalData(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public String module() {
        return "experiment";
    }

    @Override
    public int purge(long experimentId) {
        Set<LiveKind> changed = new LinkedHashSet<>();
        int n = changed(changed, WorkspaceLive.EXPERIMENT, jdbc.update("update experiment set proposer_name = null,"
                + " version = version + 1 where id = ? and proposer_name is not null", experimentId));
        // Open invitations keep their address until they are used or expire; the others no longer need it.
        n += changed(changed, WorkspaceLive.MEMBERS, jdbc.update("update invitation set email = ?,"
                + " version = version + 1 where experiment_id = ?"
                + " and (accepted_at is not null or revoked_at is not null or expires_at < ?)"
                + " and email <> ?", ERASED, experimentId, StoredInstant.of(clock.instant()), ERASED));
        for (var row : jdbc.queryForList("select id, detail from activity_entry where experiment_id = ?"
                + " and action in ('MEMBER_INVITED', 'INVITATION_REVOKED')", experimentId)) {
            String detail = (String) row.get("detail");
            if (detail != null && ADDRESS.matcher(detail).find()) {
                n += changed(changed, WorkspaceLive.ACTIVITY, jdbc.update("update activity_entry set detail = ?"
                        + " where id = ?", ADDRESS.matcher(detail).replaceAll(ERASED), row.get("id")));
            }
        }
        announce(experimentId, changed);
        return n;
    }

    /** Notes the kind when rows changed; returns how many. */
    private static int changed(Set<LiveKind> changed, LiveKind kind, int rows) {
        if (rows > 0) {
            changed.add(kind);
        }
        return rows;
    }

    /** Open pages hear of it (after commit, as every change) and show the erased text. */
    private void announce(long experimentId, Set<LiveKind> changed) {
        changed.forEach(kind -> events.publishEvent(LiveUpdate.of(experimentId, kind)));
    }

    @Override
    public List<PersonalTable> export(long experimentId, Person person) {
        List<PersonalTable> tables = new ArrayList<>();
        String proposer = jdbc.queryForObject("select proposer_name from experiment where id = ?", String.class,
                experimentId);
        if (person.mentionedIn(proposer)) {
            tables.add(new PersonalTable("proposer-name", List.of("personal.header.proposerName"), List.of(List.of(proposer))));
        }
        List<List<@Nullable Object>> invitations = new ArrayList<>();
        for (var row : jdbc.queryForList("select email, role, created_at from invitation where experiment_id = ?",
                experimentId)) {
            if (person.hasEmail((String) row.get("email"))) {
                String role = (String) row.get("role");
                invitations.add(PersonalTable.row(row.get("email"),
                        new Label(MemberRole.valueOf(role).messageKey(), role),
                        PersonalDataHolder.utc(row.get("created_at"))));
            }
        }
        if (!invitations.isEmpty()) {
            tables.add(new PersonalTable("invitations", List.of("personal.header.email", "personal.header.role", "personal.header.invitedAt"), invitations));
        }
        List<List<@Nullable Object>> feed = new ArrayList<>();
        for (var row : jdbc.queryForList("select action, detail, created_at from activity_entry"
                + " where experiment_id = ? order by id", experimentId)) {
            if (person.mentionedIn((String) row.get("detail"))) {
                String action = (String) row.get("action");
                String detail = (String) row.get("detail");
                feed.add(PersonalTable.row(new Label("personal.activity." + action, action), content(action, detail),
                        role(action, detail), PersonalDataHolder.utc(row.get("created_at"))));
            }
        }
        if (!feed.isEmpty()) {
            tables.add(new PersonalTable("activity", List.of("personal.header.activity", "personal.header.content",
                    "personal.header.role", "personal.header.time"), feed));
        }
        // An owner's "해당 없음" reason is free text and may name someone (e.g. why the proposer is not asked).
        List<List<@Nullable Object>> reasons = new ArrayList<>();
        for (var row : jdbc.queryForList("select check_key, reason, waived_at from stage_check_waiver"
                + " where experiment_id = ? order by id", experimentId)) {
            if (person.mentionedIn((String) row.get("reason"))) {
                // The item's key is its message key (as the guide shows it); an item since retired keeps its key.
                String check = (String) row.get("check_key");
                reasons.add(PersonalTable.row(new Label(check, check), row.get("reason"),
                        PersonalDataHolder.utc(row.get("waived_at"))));
            }
        }
        if (!reasons.isEmpty()) {
            tables.add(new PersonalTable("stage-check-reasons", List.of("personal.header.checkItem", "personal.header.notApplicableReason", "personal.header.time"), reasons));
        }
        return tables;
    }

    @Override
    public int erase(long experimentId, Person person) {
        int n = 0;
        Set<LiveKind> changed = new LinkedHashSet<>();
        String proposer = jdbc.queryForObject("select proposer_name from experiment where id = ?", String.class,
                experimentId);
        if (person.mentionedIn(proposer)) {
            n += changed(changed, WorkspaceLive.EXPERIMENT, jdbc.update("update experiment set proposer_name = ?,"
                    + " version = version + 1 where id = ?", person.redact(proposer), experimentId));
        }
        for (var row : jdbc.queryForList("select id, email from invitation where experiment_id = ?", experimentId)) {
            if (person.hasEmail((String) row.get("email"))) {
                // An open invitation for the person is withdrawn with the address.
                n += changed(changed, WorkspaceLive.MEMBERS, jdbc.update("update invitation set email = ?,"
                        + " revoked_at = coalesce(revoked_at, ?), version = version + 1 where id = ?", ERASED,
                        StoredInstant.of(clock.instant()), row.get("id")));
            }
        }
        for (var row : jdbc.queryForList("select id, detail from activity_entry where experiment_id = ?",
                experimentId)) {
            String detail = (String) row.get("detail");
            if (person.mentionedIn(detail)) {
                n += changed(changed, WorkspaceLive.ACTIVITY, jdbc.update("update activity_entry set detail = ?"
                        + " where id = ?", person.redact(detail), row.get("id")));
            }
        }
        for (var row : jdbc.queryForList("select id, reason from stage_check_waiver where experiment_id = ?",
                experimentId)) {
            String reason = (String) row.get("reason");
            if (person.mentionedIn(reason)) {
                n += changed(changed, StageGuideLive.WAIVERS, jdbc.update("update stage_check_waiver set reason = ?,"
                        + " version = version + 1 where id = ?", person.redact(reason), row.get("id")));
            }
        }
        announce(experimentId, changed);
        return n;
    }

    /**
     * A feed entry's words for a person reading their export: its detail without the codes the feed keeps for itself
     * ("hong@x.kr|PARTNER_GUEST" is the address, the role goes in its own column; a "해당 없음" mark keeps its reason).
     */
    static @Nullable String content(String action, @Nullable String detail) {
        if (detail == null || detail.isEmpty()) {
            return null;
        }
        int bar = detail.indexOf('|');
        return switch (action) {
            case "MEMBER_INVITED", "MEMBER_ROLE_CHANGED" ->
                    bar < 0 ? detail : detail.substring(0, detail.lastIndexOf('|'));
            case "CHECK_NOT_APPLICABLE" -> bar < 0 ? detail : detail.substring(bar + 1);
            default -> detail;
        };
    }

    /** The role an invitation or a role change names, in words (null for other entries). */
    static @Nullable Label role(String action, @Nullable String detail) {
        if (detail == null || !(action.equals("MEMBER_INVITED") || action.equals("MEMBER_ROLE_CHANGED"))
                || detail.indexOf('|') < 0) {
            return null;
        }
        String code = detail.substring(detail.lastIndexOf('|') + 1);
        for (MemberRole r : MemberRole.values()) {
            if (r.name().equals(code)) {
                return new Label(r.messageKey(), code);
            }
        }
        return null;
    }
}
