package kr.silheomjang.followup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.i18n.I18NProvider;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.followup.internal.RetroAction;
import kr.silheomjang.followup.internal.RetroActionRepository;
import kr.silheomjang.followup.internal.RetroEntry;
import kr.silheomjang.followup.internal.RetroEntryRepository;
import kr.silheomjang.followup.internal.RetroLink;
import kr.silheomjang.followup.internal.RetroLinkRepository;
import kr.silheomjang.planning.PlanningTemplateService;
import kr.silheomjang.planning.TemplateView;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.Texts;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.survey.QuestionType;
import kr.silheomjang.survey.SurveyAnswer;
import kr.silheomjang.survey.SurveyAudience;
import kr.silheomjang.survey.SurveyQuestion;
import kr.silheomjang.survey.SurveyService;
import kr.silheomjang.survey.SurveySummary;

/**
 * The retrospective (피드백) of the follow-up stage. Parties without an account answer a public form per party, made
 * by the survey engine (its answers stay there, so the survey tab shows and exports them too); members write in the
 * app. Planners turn an item into a "next time" action and may propose it as a change to a planning template item,
 * which an owner (who is also an organisation administrator, as template edits require) accepts or declines.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class RetrospectiveService {

    static final int MAX_TEXT = 2000;
    /**
     * An action's longest text: an accepted proposal adds it as one checklist line of a planning template, and each
     * line becomes a checklist item (at most 300 characters) of every new experiment's card. The column holds 500.
     */
    public static final int MAX_ACTION = 300;

    /*
     * A party's form: its title (followup.retro.form.title, with the party's name) and one question per RetroKind
     * (followup.retro.form.question.<KIND>), in the language of the editor who opens the link; stored as the
     * survey's own text from then on.
     */

    private final RetroLinkRepository links;
    private final RetroEntryRepository entries;
    private final RetroActionRepository actions;
    private final SurveyService surveys;
    private final PlanningTemplateService planning;
    private final ExperimentAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final I18NProvider i18n;

    RetrospectiveService(RetroLinkRepository links, RetroEntryRepository entries, RetroActionRepository actions,
            SurveyService surveys, PlanningTemplateService planning, ExperimentAccess access, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, I18NProvider i18n) {
        this.i18n = i18n;
        this.links = links;
        this.entries = entries;
        this.actions = actions;
        this.surveys = surveys;
        this.planning = planning;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The words that mark a question of this kind, in every language (forms are stored in their maker's). */
    private List<String> matchWords(RetroKind kind) {
        List<String> words = new ArrayList<>();
        for (Locale l : i18n.getProvidedLocales()) {
            words.addAll(List.of(i18n.getTranslation("followup.retro.match." + kind.name(), l).split("\\|")));
        }
        return words;
    }

    /**
     * Links, every item (by link and in the app, oldest first) and the actions. Every member reads; a partner guest
     * gets the address of the partners' form only (another party's lets them answer as that party: the count stays),
     * and the answers by link only when the owner shows them notes (the survey module leaves out the free text).
     */
    @Transactional(readOnly = true)
    public RetroBoard board(long experimentId) {
        MemberRole role = access.requireMember(experimentId);
        List<RetroLink> mine = links.findByExperimentIdOrderByIdAsc(experimentId);
        Map<Long, RetroParty> partyOfSurvey = new java.util.HashMap<>();
        mine.forEach(l -> partyOfSurvey.put(l.getSurveyId(), l.getParty()));
        Map<Long, SurveySummary> summaries = new java.util.HashMap<>();
        if (!mine.isEmpty()) {
            surveys.list(experimentId).forEach(s -> summaries.put(s.id(), s));
        }
        List<RetroBoard.Link> linkViews = new ArrayList<>();
        for (RetroLink l : mine) {
            SurveySummary s = summaries.get(l.getSurveyId());
            if (s != null) {
                // The survey list gives a guest no token of another party's form; the party check says why here too.
                boolean linkShown = s.token() != null && (role.canEdit() || l.getParty() == RetroParty.PARTNER);
                linkViews.add(new RetroBoard.Link(l.getParty(), s.id(),
                        linkShown ? surveys.publicLink(s.token()) : null, s.responseCount()));
            }
        }
        linkViews.sort(Comparator.comparing(RetroBoard.Link::party));
        List<RetroBoard.Item> items = new ArrayList<>();
        for (SurveyAnswer a : surveys.answers(experimentId, partyOfSurvey.keySet())) {
            RetroKind kind = RetroKind.ofQuestion(a.questionText(), this::matchWords);
            if (kind != null) {
                items.add(new RetroBoard.Item("a:" + a.id(), partyOfSurvey.get(a.surveyId()), kind, a.text(), null,
                        a.submittedAt()));
            }
        }
        entries.findByExperimentIdOrderByIdAsc(experimentId).forEach(e -> items.add(e.toItem()));
        items.sort(Comparator.comparing(RetroBoard.Item::at));
        return new RetroBoard(linkViews, items,
                actions.findByExperimentIdOrderByIdAsc(experimentId).stream().map(RetroAction::toView).toList(),
                role.canEdit(), role == MemberRole.OWNER, access.visibleDetails(experimentId).notes());
    }

    /**
     * The party's public form, made the first time it is asked for (editors), in the opener's language
     * ({@code locale}, Korean when null). Returns its survey id.
     */
    public long openLink(long experimentId, RetroParty party, @Nullable Locale locale) {
        access.requireEditor(experimentId);
        if (party == null) {
            throw new UserFacingException("followup.error.party.required");
        }
        Optional<RetroLink> existing = links.findByExperimentIdOrderByIdAsc(experimentId).stream()
                .filter(l -> l.getParty() == party).findFirst();
        if (existing.isPresent()) {
            return existing.get().getSurveyId();
        }
        Locale language = Texts.language(locale);
        List<SurveyQuestion> questions = java.util.Arrays.stream(RetroKind.values())
                .map(k -> new SurveyQuestion(null, QuestionType.LONG_TEXT,
                        i18n.getTranslation("followup.retro.form.question." + k.name(), language), List.of(), false))
                .toList();
        String title = i18n.getTranslation("followup.retro.form.title", language,
                i18n.getTranslation(party.messageKey(), language));
        long surveyId = surveys.createForm(experimentId, title, SurveyAudience.FOLLOW_UP, questions);
        RetroLink link = links.save(new RetroLink(experimentId, party, surveyId, clock.instant()));
        events.publishEvent(LiveUpdate.of(experimentId, FollowupLive.RETRO, link.getId()));
        return surveyId;
    }

    /** A member writes an item in the app (partner guests too: partners are one of the parties). */
    public long addEntry(long experimentId, RetroParty party, RetroKind kind, String text) {
        access.requireMember(experimentId);
        List<String> errors = new ArrayList<>();
        if (party == null) {
            errors.add("followup.error.party.required");
        }
        if (kind == null) {
            errors.add("followup.error.kind.required");
        }
        String clean = Texts.strip(text == null ? "" : text);
        if (clean.isEmpty()) {
            errors.add("followup.error.text.required");
        } else if (clean.length() > MAX_TEXT) {
            errors.add("followup.error.text.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        AppUser me = currentUser.require();
        RetroEntry e = entries.save(new RetroEntry(experimentId, party, kind, clean, me.id(), me.displayName(),
                clock.instant()));
        events.publishEvent(LiveUpdate.of(experimentId, FollowupLive.RETRO, e.getId()));
        return e.getId();
    }

    /**
     * Turns one item of the board into a "next time" action (editors); the text may be reworded. One action per item.
     */
    public long makeAction(long experimentId, String itemRef, String text) {
        access.requireEditor(experimentId);
        RetroBoard.Item item = board(experimentId).items().stream().filter(i -> i.ref().equals(itemRef))
                .findFirst().orElseThrow(() -> new UserFacingException("followup.error.item.notFound"));
        String clean = Texts.strip(text == null || text.isBlank() ? item.text() : text);
        if (clean.isEmpty()) {
            throw new UserFacingException("followup.error.text.required");
        }
        if (clean.length() > MAX_ACTION) {
            throw new UserFacingException("followup.error.action.tooLong");
        }
        if (actions.existsByExperimentIdAndSourceRef(experimentId, itemRef)) {
            throw new UserFacingException("followup.error.action.exists");
        }
        RetroAction a = actions.save(new RetroAction(experimentId, clean, item.party(), item.kind(), itemRef,
                clock.instant(), currentUser.require().displayName()));
        events.publishEvent(LiveUpdate.of(experimentId, FollowupLive.ACTIONS, a.getId()));
        return a.getId();
    }

    /** The planning template items an action may be proposed to (every member may read the templates). */
    @Transactional(readOnly = true)
    public List<TemplateView> templates(long experimentId) {
        access.requireMember(experimentId);
        return planning.templates(experimentId);
    }

    /** Proposes the action as a new checklist line of a planning template item (editors). */
    public void propose(long experimentId, long actionId, long expectedVersion, long templateItemId) {
        access.requireEditor(experimentId);
        RetroAction a = action(experimentId, actionId, expectedVersion);
        if (a.getProposal() == ProposalStatus.ACCEPTED) {
            throw new UserFacingException("followup.error.proposal.decided");
        }
        TemplateView.Item item = templateItem(experimentId, templateItemId);
        a.propose(item.id(), item.title(), clock.instant(), currentUser.require().displayName());
        events.publishEvent(LiveUpdate.of(experimentId, FollowupLive.ACTIONS, actionId));
    }

    /**
     * The owner accepts (the action's text is added to the template item's checklist, through the planning module,
     * which also requires an organisation administrator) or declines a proposal.
     */
    public void decide(long experimentId, long actionId, long expectedVersion, boolean accept) {
        access.requireOwner(experimentId);
        RetroAction a = action(experimentId, actionId, expectedVersion);
        if (a.getProposal() != ProposalStatus.PROPOSED || a.getTemplateItemId() == null) {
            throw new UserFacingException("followup.error.proposal.none");
        }
        if (accept) {
            TemplateView.Item item = templateItem(experimentId, a.getTemplateItemId());
            String checklist = item.checklist() == null || item.checklist().isBlank() ? a.getBody()
                    : item.checklist().strip() + "\n" + a.getBody();
            planning.updateTemplateItem(experimentId, item.id(), item.version(), item.title(), item.description(),
                    checklist);
        }
        a.decide(accept ? ProposalStatus.ACCEPTED : ProposalStatus.DECLINED, clock.instant(),
                currentUser.require().displayName());
        events.publishEvent(LiveUpdate.of(experimentId, FollowupLive.ACTIONS, actionId));
    }

    /** Removes an action (editors); an accepted proposal stays in the template. */
    public void removeAction(long experimentId, long actionId, long expectedVersion) {
        access.requireEditor(experimentId);
        actions.delete(action(experimentId, actionId, expectedVersion));
        events.publishEvent(LiveUpdate.of(experimentId, FollowupLive.ACTIONS, actionId));
    }

    private RetroAction action(long experimentId, long actionId, long expectedVersion) {
        RetroAction a = actions.findByIdAndExperimentId(actionId, experimentId)
                .orElseThrow(() -> new UserFacingException("followup.error.action.notFound"));
        if (a.getVersion() != expectedVersion) {
            throw new ConflictException(a.getUpdatedByName(), a.getUpdatedAt());
        }
        return a;
    }

    private TemplateView.Item templateItem(long experimentId, long itemId) {
        return planning.templates(experimentId).stream().flatMap(t -> t.items().stream())
                .filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new UserFacingException("followup.error.template.notFound"));
    }
}
