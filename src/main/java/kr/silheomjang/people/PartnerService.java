package kr.silheomjang.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.IssuedInvitation;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.MemberView;
import kr.silheomjang.people.PartnerRow.PartnerGuestView;
import kr.silheomjang.people.internal.PartnerGuest;
import kr.silheomjang.people.internal.PartnerGuestRepository;
import kr.silheomjang.people.internal.PartnerOrganization;
import kr.silheomjang.people.internal.PartnerOrganizationRepository;
import kr.silheomjang.people.internal.PeopleAudit;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;

/**
 * Partner organisations (협력기관): who they are, their contact, role and agreed contributions, and the guest accounts
 * invited for them. Inviting uses the foundation's invitations (role PARTNER_GUEST); revoking removes the membership,
 * which ends access at once, open sessions included.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PartnerService {

    private final PartnerOrganizationRepository partners;
    private final PartnerGuestRepository guests;
    private final ExperimentAccess access;
    private final ExperimentService experiments;
    private final InvitationService invitations;
    private final CurrentUser currentUser;
    private final PeopleAudit audit;
    private final Clock clock;

    PartnerService(PartnerOrganizationRepository partners, PartnerGuestRepository guests, ExperimentAccess access,
            ExperimentService experiments, InvitationService invitations, CurrentUser currentUser, PeopleAudit audit,
            Clock clock) {
        this.partners = partners;
        this.guests = guests;
        this.access = access;
        this.experiments = experiments;
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The organisations; a partner guest gets neither their contact persons and contacts nor the other guests'
     * invitations (addresses are editors-only, decision note 0009), only their own.
     */
    @Transactional(readOnly = true)
    public List<PartnerRow> list(long experimentId) {
        boolean editor = access.requireMember(experimentId).canEdit();
        String me = editor ? null : currentUser.require().email();
        List<PartnerOrganization> orgs = partners.findByExperimentIdOrderByNameAscIdAsc(experimentId);
        Map<Long, List<PartnerGuest>> byPartner = guests.findByPartnerIdIn(orgs.stream()
                .map(PartnerOrganization::getId).toList()).stream()
                .collect(Collectors.groupingBy(PartnerGuest::getPartnerId));
        Map<String, MemberView> members = experiments.get(experimentId).members().stream()
                // A guest reading this does not see the other members' addresses (null): they match no invitation.
                .filter(m -> m.role() == MemberRole.PARTNER_GUEST && m.email() != null)
                .collect(Collectors.toMap(m -> m.email().toLowerCase(), Function.identity(), (a, b) -> a));
        List<PartnerRow> rows = new ArrayList<>();
        for (PartnerOrganization o : orgs) {
            List<PartnerGuestView> gs = byPartner.getOrDefault(o.getId(), List.of()).stream()
                    .filter(g -> me == null || g.getEmail().equalsIgnoreCase(me))
                    .sorted(Comparator.comparing(PartnerGuest::getInvitedAt))
                    .map(g -> {
                        MemberView m = members.get(g.getEmail().toLowerCase());
                        return new PartnerGuestView(g.getEmail(), g.getInvitedAt(), m == null ? null : m.memberId(),
                                m == null ? null : m.displayName());
                    }).toList();
            rows.add(new PartnerRow(o.getId(), o.getVersion(), o.getName(), editor ? o.getContactPerson() : null,
                    editor ? o.getContact() : null, o.getRole(), o.getContributions(), gs, o.getUpdatedAt(),
                    o.getUpdatedByName()));
        }
        return rows;
    }

    /**
     * The addresses invited as guests of each organisation (lower case), for features that decide what a guest of
     * which organisation may read (the budget's shared lines, read once for every member). Never for display: guests
     * may not see each other's addresses ({@link #list}).
     */
    @Transactional(readOnly = true)
    public Map<Long, Set<String>> invitedAddresses(long experimentId) {
        access.requireMember(experimentId);
        List<Long> ids = partners.findByExperimentIdOrderByNameAscIdAsc(experimentId).stream()
                .map(PartnerOrganization::getId).toList();
        return guests.findByPartnerIdIn(ids).stream().collect(Collectors.groupingBy(PartnerGuest::getPartnerId,
                Collectors.mapping(g -> g.getEmail().toLowerCase(Locale.ROOT), Collectors.toUnmodifiableSet())));
    }

    public long add(long experimentId, PartnerDraft draft) {
        access.requireEditor(experimentId);
        PartnerOrganization o = new PartnerOrganization(experimentId);
        o.apply(validated(draft), clock.instant(), currentUser.require().displayName());
        partners.save(o);
        audit.announce(experimentId, PeopleLive.PARTNERS, List.of(o.getId()));
        return o.getId();
    }

    public void update(long experimentId, long partnerId, long expectedVersion, PartnerDraft draft) {
        access.requireEditor(experimentId);
        PartnerOrganization o = load(experimentId, partnerId);
        if (o.getVersion() != expectedVersion) {
            throw new ConflictException(o.getUpdatedByName(), o.getUpdatedAt());
        }
        o.apply(validated(draft), clock.instant(), currentUser.require().displayName());
        partners.flush();
        audit.announce(experimentId, PeopleLive.PARTNERS, List.of(o.getId()));
    }

    /**
     * Invites a person of the organisation as a guest of this experiment (owners only, as every invitation). The link
     * is mailed when mail is set up, and returned to show otherwise.
     */
    public IssuedInvitation inviteGuest(long experimentId, long partnerId, String email) {
        access.requireOwner(experimentId);
        PartnerOrganization o = load(experimentId, partnerId);
        IssuedInvitation issued = invitations.invite(experimentId, email, MemberRole.PARTNER_GUEST);
        guests.save(new PartnerGuest(o.getId(), issued.email(), clock.instant()));
        audit.announce(experimentId, PeopleLive.PARTNERS, List.of(o.getId()));
        return issued;
    }

    /** Ends a partner guest's access at once (their open pages are told and leave). Owners only. */
    public void revokeGuest(long experimentId, long partnerId, String email) {
        access.requireOwner(experimentId);
        PartnerOrganization o = load(experimentId, partnerId);
        String normalized = AccountService.normalizeEmail(email);
        MemberView m = experiments.get(experimentId).members().stream()
                .filter(x -> x.role() == MemberRole.PARTNER_GUEST && x.email().equalsIgnoreCase(normalized))
                .findFirst().orElseThrow(() -> new UserFacingException("people.partner.error.noAccess"));
        experiments.removeMember(experimentId, m.memberId());
        audit.announce(experimentId, PeopleLive.PARTNERS, List.of(o.getId()));
    }

    private PartnerOrganization load(long experimentId, long id) {
        return partners.findById(id).filter(o -> o.getExperimentId() == experimentId)
                .orElseThrow(() -> new UserFacingException("people.error.notFound"));
    }

    static PartnerDraft validated(PartnerDraft d) {
        List<String> errors = new ArrayList<>();
        if (d.name() == null || d.name().isBlank()) {
            errors.add("people.partner.error.nameRequired");
        } else if (d.name().strip().length() > 200) {
            errors.add("people.error.textTooLong");
        }
        if (tooLong(d.contactPerson(), 100) || tooLong(d.contact(), 254) || tooLong(d.role(), 300)
                || tooLong(d.contributions(), 2000)) {
            errors.add("people.error.textTooLong");
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors.stream().distinct().toList());
        }
        return new PartnerDraft(d.name().strip(), blank(d.contactPerson()), blank(d.contact()), blank(d.role()),
                blank(d.contributions()));
    }

    private static boolean tooLong(String s, int max) {
        return s != null && s.strip().length() > max;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
