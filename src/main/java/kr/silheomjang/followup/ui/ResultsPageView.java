package kr.silheomjang.followup.ui;

import java.util.Objects;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.followup.ArchiveService;
import kr.silheomjang.followup.FollowupLive;
import kr.silheomjang.followup.ResultsPageDraft;
import kr.silheomjang.followup.ResultsPageService;
import kr.silheomjang.followup.ResultsPageSettings;
import kr.silheomjang.shared.PublicBaseUrl;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.BaseUrlWarning;
import kr.silheomjang.ui.DestructiveQuestion;
import kr.silheomjang.ui.ExperimentPage;
import kr.silheomjang.ui.ExperimentPageSupport;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.LiveForm;
import kr.silheomjang.ui.Messages;
import kr.silheomjang.shared.StoredText;

/**
 * The public results page as the team manages it: opt in (the address is shown once: only its hash is kept), say where
 * the conversation continues, rebuild from the current data, publish or take back, and a preview of exactly what the
 * address shows. Live: another planner's publish or save arrives at once.
 */
@Route("experiments/:experimentId/followup/results")
@PermitAll
@StyleSheet("css/followup.css")
public class ResultsPageView extends ExperimentPage {

    private final ResultsPageService pages;
    private final ArchiveService archive;
    private final Div navSlot = new Div();
    final Paragraph state = new Paragraph();
    final Button enable = new Button();
    final Div linkBox = new Div();
    final TextField link = new TextField();
    final Div editor = new Div();
    final TextArea channel = new TextArea();
    final TextField schedule = new TextField();
    final TextField platform = new TextField();
    final Button save = new Button();
    final Button rebuild = new Button();
    final Button publish = new Button();
    final Button newAddress = new Button();
    final Button disable = new Button();
    final Div preview = new Div();
    final LiveForm<ResultsPageSettings> form;
    ResultsPageSettings shown;
    /** The address just made, kept for this user while the page stays open (it cannot be read back). */
    String freshLink;

    public ResultsPageView(ExperimentPageSupport support, ResultsPageService pages, ArchiveService archive,
            PublicBaseUrl baseUrl) {
        super(support, "followup.tab", "followup-results", FollowupLive.RESULTS_PAGE, FollowupLive.ARCHIVE);
        this.pages = pages;
        this.archive = archive;
        addClassName("followup-page");
        state.setId("results-state");
        enable.setText(getTranslation("followup.results.enable"));
        enable.setId("results-enable");
        enable.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enable.addClickListener(e -> Actions.on(this).call(() -> pages.enable(experimentId())).ifPresent(this::made));
        link.setLabel(getTranslation("followup.results.link"));
        link.setId("results-link");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setHelperText(getTranslation("followup.results.linkOnce"));
        linkBox.add(link);
        linkBox.setVisible(false);

        channel.setLabel(getTranslation("followup.results.channel"));
        channel.setId("results-channel");
        channel.setMaxLength(500);
        channel.setWidthFull();
        schedule.setLabel(getTranslation("followup.results.schedule"));
        schedule.setId("results-schedule");
        schedule.setMaxLength(500);
        schedule.setWidthFull();
        platform.setLabel(getTranslation("followup.results.platform"));
        platform.setId("results-platform");
        platform.setWidthFull();
        form = LiveForm.<ResultsPageSettings>of(this)
                .bind("channel", channel, s -> Objects.requireNonNullElse(s.channel(), ""))
                .bind("schedule", schedule, s -> Objects.requireNonNullElse(s.schedule(), ""))
                .bind("platform", platform, s -> Objects.requireNonNullElse(s.platformUrl(), ""));
        save.setText(getTranslation("followup.results.save"));
        save.setId("results-save");
        save.addClickListener(e -> save());
        rebuild.setText(getTranslation("followup.results.rebuild"));
        rebuild.setId("results-rebuild");
        rebuild.addClickListener(e -> run(() -> pages.rebuild(experimentId(), form.latest().version())));
        publish.setId("results-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> run(() -> pages.publish(experimentId(), form.latest().version(),
                !shown.published())));
        newAddress.setText(getTranslation("followup.results.newAddress"));
        newAddress.setId("results-new-address");
        // Both end the address people have, links in mails already sent included: asked first.
        newAddress.addClickListener(e -> DestructiveQuestion.ask(this, "followup.results.newAddressQuestion",
                "results-new-address-keep", () -> Actions.on(this).afterConflict(this::reload)
                        .call(() -> pages.newAddress(experimentId(), form.latest().version())).ifPresent(this::made)));
        disable.setText(getTranslation("followup.results.disable"));
        disable.setId("results-disable");
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        disable.addClickListener(e -> DestructiveQuestion.ask(this, "followup.results.disableQuestion",
                "results-disable-keep", () -> {
                    if (run(() -> pages.disable(experimentId(), form.latest().version()))) {
                        freshLink = null;
                    }
                }));
        HorizontalLayout buttons = new HorizontalLayout(save, rebuild, publish);
        buttons.setWrap(true);
        HorizontalLayout danger = new HorizontalLayout(newAddress, disable);
        danger.setWrap(true);
        editor.addClassNames("card", "mailing-editor");
        editor.add(new H3(getTranslation("followup.results.next")), channel, schedule, platform, buttons, danger);
        preview.setId("results-preview");
        preview.addClassNames("card", "results-preview");
        Paragraph intro = new Paragraph(getTranslation("followup.results.intro"));
        intro.addClassName("help-text");
        add(navSlot, new H2(getTranslation("followup.results.heading")), intro, BaseUrlWarning.unlessConfigured(baseUrl),
                state, enable, linkBox, editor, preview);
    }

    @Override
    protected Class<?> sectionView() {
        return FollowupView.class;
    }

    @Override
    protected void load(long experimentId) {
        ResultsPageSettings s = pages.settings(experimentId);
        navSlot.removeAll();
        navSlot.add(FollowupNav.of(this, experimentId, ResultsPageView.class, s.canEdit()));
        if (shown == null || shown.enabled() != s.enabled() || !s.enabled()) {
            form.load(s);
        } else if (s.version() != form.latest().version()) {
            form.refresh(s, s.updatedByName(), s.updatedAt());
        }
        shown = s;
        state.setText(!s.enabled() ? getTranslation("followup.results.off")
                : s.published() ? getTranslation("followup.results.published",
                        StoredText.show(s.publishedByName(), this::getTranslation),
                        Formats.dateTime(s.publishedAt(), getLocale()))
                        : getTranslation("followup.results.draft", Formats.dateTime(s.builtAt(), getLocale())));
        state.getElement().setAttribute("data-state", !s.enabled() ? "off" : s.published() ? "published" : "draft");
        enable.setVisible(!s.enabled() && s.canEdit());
        linkBox.setVisible(s.enabled() && freshLink != null);
        if (freshLink != null) {
            link.setValue(freshLink);
            link.setSuffixComponent(new Anchor(freshLink, getTranslation("followup.results.open")));
        }
        editor.setVisible(s.enabled() && s.canEdit());
        publish.setText(getTranslation(s.published() ? "followup.results.unpublish" : "followup.results.publish"));
        publish.setVisible(s.canPublish());
        preview.removeAll();
        preview.setVisible(s.enabled() && s.canEdit());
        if (s.enabled() && s.canEdit()) {
            long eid = experimentId;
            preview.add(new H3(getTranslation("followup.results.preview")),
                    new ResultsContentPanel(pages.preview(experimentId), id -> archive.file(eid, id)));
        }
    }

    @Override
    protected void onLive(Set<LiveUpdate> updates) {
        load(experimentId());
    }

    private void made(String address) {
        freshLink = address;
        reload();
        Messages.showSuccess(getTranslation("followup.results.made"));
    }

    private void save() {
        if (form.refusesSave((who, when) -> Messages.showError(form.conflictText("followup.results.conflict", who,
                when)))) {
            return;
        }
        ResultsPageDraft draft = new ResultsPageDraft(channel.getValue(), schedule.getValue(), platform.getValue());
        if (Actions.on(this).afterConflict(this::reload)
                .run(() -> pages.save(experimentId(), form.latest().version(), draft))) {
            form.load(pages.settings(experimentId()));
            reload();
            Messages.showSuccess(getTranslation("followup.results.saved"));
        }
    }
}
