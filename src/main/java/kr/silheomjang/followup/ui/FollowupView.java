package kr.silheomjang.followup.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.experiment.Closing;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.followup.FollowupLive;
import kr.silheomjang.followup.ProposalStatus;
import kr.silheomjang.followup.RetroBoard;
import kr.silheomjang.followup.RetroKind;
import kr.silheomjang.followup.RetroParty;
import kr.silheomjang.followup.RetrospectiveService;
import kr.silheomjang.planning.TemplateView;
import kr.silheomjang.shared.PublicBaseUrl;
import kr.silheomjang.shared.StoredText;
import kr.silheomjang.survey.SurveyLive;
import kr.silheomjang.ui.BaseUrlWarning;
import kr.silheomjang.ui.DestructiveQuestion;
import kr.silheomjang.ui.ExperimentPage;
import kr.silheomjang.ui.ExperimentPageSupport;
import kr.silheomjang.ui.Formats;

/**
 * The follow-up tab, retrospective first: a public link per party, members writing in the app, the board grouped by
 * party and kind (live: an answer by link appears as it is submitted), and the "next time" actions with their
 * proposals to the planning templates.
 */
@Route("experiments/:experimentId/followup")
@PermitAll
@StyleSheet("css/followup.css")
public class FollowupView extends ExperimentPage {

    private final RetrospectiveService retro;
    private final ExperimentService experiments;
    final Div closing = new Div();
    final Paragraph closingState = new Paragraph();
    final Button close = new Button();
    final Div links = new Div();
    final Div board = new Div();
    final Div actions = new Div();
    final Select<RetroParty> party = new Select<>();
    final Select<RetroKind> kind = new Select<>();
    final TextArea text = new TextArea();
    final Button add = new Button();
    private final Div navSlot = new Div();
    RetroBoard shown;
    long versionShown;
    private List<TemplateView.Item> templateItems = List.of();
    /**
     * Each proposable action's template picker, kept across live updates (the list is drawn again on every one): a
     * template picked but not yet proposed stays picked.
     */
    final java.util.Map<Long, Select<TemplateView.Item>> pickers = new java.util.HashMap<>();
    ActionTextDialog actionDialog;

    public FollowupView(ExperimentPageSupport support, RetrospectiveService retro, ExperimentService experiments,
            PublicBaseUrl baseUrl) {
        super(support, "followup.tab", "followup", FollowupLive.RETRO, FollowupLive.ACTIONS, SurveyLive.RESPONSE,
                WorkspaceLive.EXPERIMENT);
        this.retro = retro;
        this.experiments = experiments;
        closing.setId("followup-closing");
        closing.addClassNames("card", "followup-closing");
        close.setText(getTranslation("followup.close"));
        close.setId("followup-close");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        // Closing cannot be undone: one question first, and the version the owner saw when they asked (a change
        // since, even one that reloads this page while the question is open, is a conflict).
        close.addClickListener(e -> {
            long seen = versionShown;
            DestructiveQuestion.ask(this, "followup.close", "close-keep",
                    () -> run(() -> experiments.close(experimentId(), seen)));
        });
        addClassName("followup-page");
        links.setId("retro-links");
        links.addClassName("retro-links");
        board.setId("retro-board");
        board.addClassName("retro-board");
        actions.setId("retro-actions");
        actions.addClassName("retro-actions");

        party.setLabel(getTranslation("followup.retro.party"));
        party.setItems(RetroParty.values());
        party.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        party.setValue(RetroParty.STAFF);
        party.setId("retro-party");
        kind.setLabel(getTranslation("followup.retro.kind"));
        kind.setItems(RetroKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(RetroKind.GOOD);
        kind.setId("retro-kind");
        text.setLabel(getTranslation("followup.retro.text"));
        text.setMaxLength(2000);
        text.setWidthFull();
        text.setId("retro-text");
        add.setText(getTranslation("followup.retro.add"));
        add.setId("retro-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            if (run(() -> retro.addEntry(experimentId(), party.getValue(), kind.getValue(), text.getValue()))) {
                text.clear();
            }
        });
        HorizontalLayout pickers = new HorizontalLayout(party, kind);
        pickers.setWrap(true);
        Div form = new Div(new H3(getTranslation("followup.retro.write")), pickers, text, add);
        form.addClassNames("card", "retro-form");

        Paragraph intro = new Paragraph(getTranslation("followup.retro.intro"));
        intro.addClassName("help-text");
        closing.add(closingState, close);
        add(navSlot, closing, new H2(getTranslation("followup.retro.heading")), intro, BaseUrlWarning.unlessConfigured(baseUrl),
                new H3(getTranslation("followup.retro.links")), links, form,
                new H3(getTranslation("followup.retro.board")), board,
                new H3(getTranslation("followup.retro.actions")), actions);
    }

    @Override
    protected void load(long experimentId) {
        shown = retro.board(experimentId);
        navSlot.removeAll();
        navSlot.add(FollowupNav.of(this, experimentId, FollowupView.class, shown.canEdit()));
        Closing closed = experiments.closing(experimentId);
        closingState.setText(closed == null ? getTranslation("followup.close.open")
                : getTranslation("followup.close.closed", StoredText.show(closed.closedByName(), this::getTranslation),
                        Formats.dateTime(closed.closedAt(), getLocale())));
        closing.getElement().setAttribute("data-closed", String.valueOf(closed != null));
        close.setVisible(closed == null && shown.owner());
        if (close.isVisible()) {
            versionShown = experiments.get(experimentId).version();
        }
        if (shown.canEdit() && templateItems.isEmpty()) {
            // The items in the reader's language (decision 0070), the Korean ones where none are in it.
            var all = retro.templates(experimentId);
            String mine = kr.silheomjang.shared.Texts.language(getLocale()).getLanguage();
            String language = all.stream().anyMatch(t -> t.language().equals(mine)) ? mine
                    : kr.silheomjang.planning.PlanningTemplateService.KOREAN;
            templateItems = all.stream().filter(t -> t.language().equals(language)).flatMap(t -> t.items().stream())
                    .toList();
        }
        renderLinks();
        renderBoard();
        renderActions();
    }

    private void renderLinks() {
        links.removeAll();
        for (RetroParty p : RetroParty.values()) {
            RetroBoard.Link link = shown.links().stream().filter(l -> l.party() == p).findFirst().orElse(null);
            Div row = new Div();
            row.addClassName("retro-link-row");
            row.getElement().setAttribute("data-party", p.name());
            Span name = new Span(getTranslation(p.messageKey()));
            name.addClassName("retro-party-name");
            row.add(name);
            if (link != null && link.url() == null) {
                // Another party's form, for a guest: how many answered, not its address (the service keeps it).
                Span count = new Span(getTranslation("followup.retro.responses", link.responses()));
                count.addClassName("retro-link-count");
                row.add(count);
            } else if (link != null) {
                TextField url = new TextField();
                url.setValue(link.url());
                url.setReadOnly(true);
                url.setAriaLabel(getTranslation("followup.retro.linkOf", getTranslation(p.messageKey())));
                url.addClassName("retro-link-url");
                Anchor open = new Anchor(link.url(), VaadinIcon.EXTERNAL_LINK.create());
                open.setTarget("_blank");
                open.getElement().setAttribute("aria-label", getTranslation("followup.retro.openForm"));
                url.setSuffixComponent(open);
                Span count = new Span(getTranslation("followup.retro.responses", link.responses()));
                count.addClassName("retro-link-count");
                row.add(url, count);
            } else if (shown.canEdit()) {
                Button make = new Button(getTranslation("followup.retro.makeLink"),
                        e -> run(() -> retro.openLink(experimentId(), p, getLocale())));
                make.addClassName("retro-make-link");
                row.add(make);
            } else {
                row.add(new Span(getTranslation("followup.retro.noLink")));
            }
            links.add(row);
        }
        add.setEnabled(true);
    }

    private void renderBoard() {
        board.removeAll();
        if (!shown.linkAnswersShown()) {
            Paragraph hidden = new Paragraph(getTranslation("followup.retro.linkAnswersHidden"));
            hidden.addClassName("help-text");
            hidden.setId("retro-link-answers-hidden");
            board.add(hidden);
        }
        if (shown.items().isEmpty()) {
            board.add(new Paragraph(getTranslation("followup.retro.empty")));
            return;
        }
        for (RetroParty p : RetroParty.values()) {
            if (shown.items().stream().noneMatch(i -> i.party() == p)) {
                continue;
            }
            Div section = new Div(new H4(getTranslation(p.messageKey())));
            section.addClassName("retro-party");
            section.getElement().setAttribute("data-party", p.name());
            Div columns = new Div();
            columns.addClassName("retro-columns");
            for (RetroKind k : RetroKind.values()) {
                Div column = new Div();
                column.addClassNames("retro-column", "kind-" + k.name().toLowerCase());
                column.getElement().setAttribute("data-kind", k.name());
                Span title = new Span(getTranslation(k.messageKey()));
                title.addClassName("retro-column-title");
                UnorderedList list = new UnorderedList();
                for (RetroBoard.Item item : shown.items(p, k)) {
                    list.add(item(item));
                }
                column.add(title, list);
                columns.add(column);
            }
            section.add(columns);
            board.add(section);
        }
    }

    private ListItem item(RetroBoard.Item item) {
        Span body = new Span(StoredText.show(item.text(), this::getTranslation));
        body.addClassName("retro-item-text");
        Span meta = new Span(item.author() == null ? getTranslation("followup.retro.byLink",
                Formats.dateTime(item.at(), getLocale()))
                : item.author() + " · " + Formats.dateTime(item.at(), getLocale()));
        meta.addClassName("retro-item-meta");
        ListItem li = new ListItem(body, meta);
        li.addClassName("retro-item");
        li.getElement().setAttribute("data-ref", item.ref());
        boolean hasAction = shown.actions().stream().anyMatch(a -> a.sourceRef().equals(item.ref()));
        if (shown.canEdit() && !hasAction) {
            Button next = new Button(getTranslation("followup.retro.toAction"), e -> openActionDialog(item));
            next.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            next.addClassName("retro-to-action");
            li.add(next);
        } else if (hasAction) {
            Span badge = new Span(getTranslation("followup.retro.isAction"));
            badge.addClassName("retro-badge");
            li.add(badge);
        }
        return li;
    }

    /** The item's text, to confirm or shorten, becomes the action's (an item may be longer than an action may). */
    private void openActionDialog(RetroBoard.Item item) {
        actionDialog = new ActionTextDialog(StoredText.show(item.text(), this::getTranslation),
                text -> run(() -> retro.makeAction(experimentId(), item.ref(), text)));
        actionDialog.open();
    }

    private void renderActions() {
        actions.removeAll();
        // Pickers of actions gone or no longer proposable (proposed, accepted) go; the rest are drawn again below.
        pickers.keySet().retainAll(shown.actions().stream().filter(this::proposable).map(RetroBoard.Action::id)
                .toList());
        if (shown.actions().isEmpty()) {
            actions.add(new Paragraph(getTranslation("followup.actions.empty")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("retro-action-list");
        for (RetroBoard.Action a : shown.actions()) {
            list.add(action(a));
        }
        actions.add(list);
    }

    private boolean proposable(RetroBoard.Action a) {
        return shown.canEdit() && (a.proposal() == ProposalStatus.NONE || a.proposal() == ProposalStatus.DECLINED);
    }

    private Select<TemplateView.Item> picker(long actionId) {
        return pickers.computeIfAbsent(actionId, id -> {
            Select<TemplateView.Item> target = new Select<>();
            target.setAriaLabel(getTranslation("followup.actions.template"));
            target.setPlaceholder(getTranslation("followup.actions.template"));
            target.setItems(templateItems);
            target.setItemLabelGenerator(TemplateView.Item::title);
            target.addClassName("retro-template");
            return target;
        });
    }

    private ListItem action(RetroBoard.Action a) {
        Span body = new Span(StoredText.show(a.text(), this::getTranslation));
        body.addClassName("retro-action-text");
        Span source = new Span(getTranslation(a.party().messageKey()) + " · " + getTranslation(a.kind().messageKey()));
        source.addClassName("retro-item-meta");
        Span status = new Span(a.proposal() == ProposalStatus.NONE ? ""
                : getTranslation(a.proposal().messageKey(), a.templateItemTitle() == null ? "" : a.templateItemTitle()));
        status.addClassNames("retro-badge", "proposal-" + a.proposal().name().toLowerCase());
        ListItem li = new ListItem(body, source, status);
        li.addClassName("retro-action");
        li.getElement().setAttribute("data-action", String.valueOf(a.id()));
        if (proposable(a)) {
            Select<TemplateView.Item> target = picker(a.id());
            Button propose = new Button(getTranslation("followup.actions.propose"), e -> {
                if (target.getValue() != null) {
                    run(() -> retro.propose(experimentId(), a.id(), a.version(), target.getValue().id()));
                }
            });
            propose.addClassName("retro-propose");
            li.add(target, propose);
        }
        if (shown.owner() && a.proposal() == ProposalStatus.PROPOSED) {
            Button accept = new Button(getTranslation("followup.actions.accept"),
                    e -> run(() -> retro.decide(experimentId(), a.id(), a.version(), true)));
            accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
            accept.addClassName("retro-accept");
            Button decline = new Button(getTranslation("followup.actions.decline"),
                    e -> run(() -> retro.decide(experimentId(), a.id(), a.version(), false)));
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
            decline.addClassName("retro-decline");
            li.add(accept, decline);
        }
        if (shown.canEdit()) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> DestructiveQuestion.ask(this,
                    "followup.actions.removeQuestion", "retro-remove-keep",
                    () -> run(() -> retro.removeAction(experimentId(), a.id(), a.version())),
                    StoredText.show(a.text(), this::getTranslation)));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remove.addClassName("retro-remove");
            remove.setAriaLabel(getTranslation("followup.actions.remove"));
            li.add(remove);
        }
        return li;
    }

    /** For tests: the board as text. */
    String boardText() {
        return board.getElement().getTextRecursively();
    }
}
