package kr.silheomjang.experiment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.experiment.InvitationPreview.Status;
import kr.silheomjang.experiment.internal.ActivityLog;
import kr.silheomjang.experiment.internal.ExperimentRepository;
import kr.silheomjang.experiment.internal.GuestOnlyAccount;
import kr.silheomjang.experiment.internal.GuestOnlyAccountRepository;
import kr.silheomjang.experiment.internal.Invitation;
import kr.silheomjang.experiment.internal.InvitationRepository;
import kr.silheomjang.experiment.internal.Member;
import kr.silheomjang.experiment.internal.MemberRepository;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.mail.MailOutbox;
import kr.silheomjang.mail.OutgoingMail;
import kr.silheomjang.shared.PublicBaseUrl;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.shared.Notable;

/**
 * Owners invite planners and partner guests by email: a single-use link that expires.
 *
 * <p>The link proves the address: when mail is configured it goes only to the invited mailbox (through the outbox) and
 * the inviter never sees it. Without mail the inviter is shown the link to pass on, and told that the address is then
 * not proven. An invitation for an address that already has an account is accepted by that account signed in through
 * the normal sign-in (and its throttle), with one click: the link never checks a password.
 */
@Service
@Transactional
public class InvitationService {

    static final Duration VALIDITY = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final InvitationRepository invitations;
    private final MemberRepository members;
    private final GuestOnlyAccountRepository guestOnly;
    private final ExperimentRepository experiments;
    private final ExperimentAccess access;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final ActivityLog activityLog;
    private final MailOutbox outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublicBaseUrl baseUrl;
    private final I18NProvider texts;

    InvitationService(InvitationRepository invitations, MemberRepository members, GuestOnlyAccountRepository guestOnly,
            ExperimentRepository experiments,
            ExperimentAccess access, CurrentUser currentUser, AccountService accounts, ActivityLog activityLog,
            MailOutbox outbox, ApplicationEventPublisher events, Clock clock, PublicBaseUrl baseUrl,
            I18NProvider texts) {
        this.texts = texts;
        this.invitations = invitations;
        this.members = members;
        this.guestOnly = guestOnly;
        this.experiments = experiments;
        this.access = access;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.activityLog = activityLog;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @PreAuthorize("isAuthenticated()")
    public IssuedInvitation invite(long experimentId, String email, MemberRole role) {
        access.requireOwner(experimentId);
        String normalized = AccountService.normalizeEmail(email);
        if (!AccountService.isValidEmail(normalized)) {
            throw new UserFacingException("error.email.invalid");
        }
        if (role == null || role == MemberRole.OWNER) {
            throw new UserFacingException("error.invite.role");
        }
        Optional<AppUser> existing = accounts.findByEmail(normalized);
        if (existing.isPresent() && members.findByExperimentIdAndUserId(experimentId, existing.get().id()).isPresent()) {
            throw new UserFacingException("error.invite.alreadyMember");
        }
        AppUser me = currentUser.require();
        String token = newToken();
        Instant now = clock.instant();
        Invitation invitation = invitations.save(
                new Invitation(experimentId, normalized, role, hash(token), me.id(), now, now.plus(VALIDITY)));
        String link = baseUrl.link("/invite/" + token);
        String title = experiments.findById(experimentId).orElseThrow().getTitle();
        activityLog.record(experimentId, me, ActivityAction.MEMBER_INVITED, normalized + "|" + role.name());
        events.publishEvent(LiveUpdate.of(experimentId, WorkspaceLive.MEMBERS));
        if (!outbox.configured()) {
            return new IssuedInvitation(normalized, link, false, existing.isPresent());
        }
        if (outbox.isOptedOut(normalized)) {
            // Mail would not reach them, and showing the link would let the inviter accept in their place.
            throw new UserFacingException("error.invite.optedOut");
        }
        outbox.enqueue(List.of(new OutgoingMail("invitation:" + invitation.getId(), "invitation:" + experimentId,
                experimentId, normalized, null, texts.getTranslation("invite.mail.subject", Locale.KOREAN, title),
                mailBody(title, me.displayName(), role, link, existing.isPresent()))));
        return new IssuedInvitation(normalized, null, true, existing.isPresent());
    }

    /** Plain text, Korean first, then English (the invitee's language is not known); the outbox adds the opt-out link. */
    private String mailBody(String title, String inviter, MemberRole role, String link, boolean accountExists) {
        String key = accountExists ? "invite.mail.body.existing" : "invite.mail.body.new";
        return texts.getTranslation(key, Locale.KOREAN, inviter, title,
                texts.getTranslation(role.messageKey(), Locale.KOREAN)) + "\n\n" + link + "\n\n"
                + texts.getTranslation(key, Locale.ENGLISH, inviter, title,
                        texts.getTranslation(role.messageKey(), Locale.ENGLISH));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<InvitationView> pending(long experimentId) {
        access.requireOwner(experimentId);
        return invitations.findPending(experimentId, clock.instant()).stream()
                .map(i -> new InvitationView(i.getId(), i.getEmail(), i.getRole(), i.getExpiresAt()))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public void revoke(long experimentId, long invitationId) {
        access.requireOwner(experimentId);
        Invitation invitation = invitations.findById(invitationId)
                .filter(i -> i.getExperimentId() == experimentId)
                .orElseThrow(() -> new UserFacingException("error.invite.notFound"));
        if (invitation.getRevokedAt() == null && invitation.getAcceptedAt() == null) {
            invitation.revoke(clock.instant());
            activityLog.record(experimentId, currentUser.require(), ActivityAction.INVITATION_REVOKED,
                    invitation.getEmail());
            events.publishEvent(LiveUpdate.of(experimentId, WorkspaceLive.MEMBERS));
        }
    }

    /** Open to anyone holding the link. */
    @Transactional(readOnly = true)
    public InvitationPreview preview(String token) {
        Optional<Invitation> found = find(token);
        if (found.isEmpty()) {
            return InvitationPreview.invalid(Status.INVALID);
        }
        Invitation i = found.get();
        var experiment = experiments.findById(i.getExperimentId()).orElseThrow();
        if (i.getAcceptedAt() == null && experiment.getClosedAt() != null) {
            return InvitationPreview.invalid(Status.CLOSED);
        }
        if (i.getAcceptedAt() != null || i.getRevokedAt() != null) {
            return InvitationPreview.invalid(i.getAcceptedAt() != null ? Status.USED : Status.INVALID);
        }
        if (!i.isUsable(clock.instant())) {
            return InvitationPreview.invalid(Status.EXPIRED);
        }
        String title = experiment.getTitle();
        return new InvitationPreview(Status.VALID, title, i.getEmail(), i.getRole(),
                accounts.findByEmail(i.getEmail()).isPresent());
    }

    /** Accepts with a new account: the invitee sets their name and password. All or nothing. */
    public String acceptWithNewAccount(String token, String displayName, String password, String repeatedPassword) {
        Invitation invitation = usable(token);
        if (accounts.findByEmail(invitation.getEmail()).isPresent()) {
            // The address got an account after the invitation was made: that account accepts, signed in.
            throw new UserFacingException("error.invite.signInFirst");
        }
        if (password == null || !password.equals(repeatedPassword)) {
            throw new UserFacingException("error.password.mismatch");
        }
        AppUser user = accounts.createAccount(invitation.getEmail(), displayName, password);
        join(invitation, user, true);
        return user.email();
    }

    /**
     * Accepts for the signed-in person, whose account has the invited address: they proved it by signing in through
     * the normal (throttled) sign-in, so no password is asked here. One click.
     */
    @PreAuthorize("isAuthenticated()")
    public long acceptAsSignedIn(String token) {
        Invitation invitation = usable(token);
        AppUser me = currentUser.require();
        if (!AccountService.normalizeEmail(me.email()).equals(invitation.getEmail())) {
            throw new UserFacingException("error.invite.otherAccount");
        }
        join(invitation, me, false);
        return invitation.getExperimentId();
    }

    /**
     * Makes the invitee a member. An account made for a partner-guest invitation is guest-only (it cannot start
     * experiments) until its holder becomes an owner or planner somewhere.
     */
    private void join(Invitation invitation, AppUser user, boolean newAccount) {
        Instant now = clock.instant();
        invitation.accept(now);
        long experimentId = invitation.getExperimentId();
        if (members.findByExperimentIdAndUserId(experimentId, user.id()).isEmpty()) {
            members.save(new Member(experimentId, user.id(), invitation.getRole(), now));
        }
        if (invitation.getRole().canEdit()) {
            guestOnly.findById(user.id()).ifPresent(guestOnly::delete);
        } else if (newAccount) {
            guestOnly.save(new GuestOnlyAccount(user.id(), now));
        }
        activityLog.record(experimentId, user, ActivityAction.MEMBER_JOINED,
                user.displayName() + "|" + invitation.getRole().name());
        events.publishEvent(LiveUpdate.of(experimentId, WorkspaceLive.MEMBERS));
        // The new member's own open pages (portfolio, list) start following the experiment.
        events.publishEvent(LiveUpdate.of(LiveUpdate.personTopic(user.id()), WorkspaceLive.MEMBERSHIPS, experimentId));
        // The inviter hears that the invitation was taken up (targetId: the new member's account).
        events.publishEvent(new Notable(Notable.Kind.INVITATION_ACCEPTED, experimentId, user.id(),
                user.displayName(), List.of(invitation.getInvitedById()), user.id(), invitation.getRole().name()));
    }

    private Invitation usable(String token) {
        Invitation invitation = find(token).filter(i -> i.isUsable(clock.instant()))
                .orElseThrow(() -> new UserFacingException("error.invite.unusable"));
        if (access.isClosed(invitation.getExperimentId())) {
            throw new UserFacingException("invitation.status.CLOSED");
        }
        return invitation;
    }

    private Optional<Invitation> find(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(hash(token));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
