package kr.silheomjang.followup.ui;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.collab.LiveKind;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.followup.FollowupLive;
import kr.silheomjang.followup.ReportContents;
import kr.silheomjang.followup.ReportHtml;
import kr.silheomjang.followup.ReportService;
import kr.silheomjang.followup.ReportText;
import kr.silheomjang.people.PeopleLive;
import kr.silheomjang.shared.ReportSection;
import kr.silheomjang.survey.SurveyLive;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.ExperimentPage;
import kr.silheomjang.ui.ExperimentPageSupport;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.LiveForm;
import kr.silheomjang.ui.Messages;
import kr.silheomjang.shared.StoredText;

/**
 * 결과 보고서: the team's summary and highlights (a {@link LiveForm}: a co-planner's save never overwrites what one is
 * typing), draft → 작성 완료, links to the print view and the PDF, and a preview of the page as it will print. The
 * preview follows every change the report reads (verdicts, answers, attendance, retrospective) live.
 */
@Route("experiments/:experimentId/followup/report")
@PermitAll
@StyleSheet("css/followup.css")
@StyleSheet("css/report.css")
public class ReportView extends ExperimentPage {

    private final ReportService service;
    private final Div navSlot = new Div();
    /** For partner guests, who may not read the report: what the page is for, in place of its content. */
    final EditorsOnlyNote editorsOnly = new EditorsOnlyNote("report-editors-only");
    /** Everything below the heading, for owners and planners. */
    final Div content = new Div();
    final Paragraph state = new Paragraph();
    final TextArea summary = new TextArea();
    final TextArea highlights = new TextArea();
    final Button save = new Button();
    final Button complete = new Button();
    final Button reopen = new Button();
    final Anchor print = new Anchor();
    final Anchor pdf = new Anchor();
    final Div preview = new Div();
    final LiveForm<ReportText> form;
    private boolean loaded;
    private Html shownPage;

    public ReportView(ExperimentPageSupport support, ReportService service, List<ReportSection> sections) {
        super(support, "followup.tab", "followup-report", kinds(sections));
        this.service = service;
        addClassName("followup-page");
        state.setId("report-state");
        state.addClassName("report-state");
        summary.setLabel(getTranslation("followup.report.form.summary"));
        summary.setHelperText(getTranslation("followup.report.form.help"));
        summary.setMaxLength(1500);
        summary.setWidthFull();
        summary.setId("report-summary");
        highlights.setLabel(getTranslation("followup.report.form.highlights"));
        highlights.setHelperText(getTranslation("followup.report.form.help"));
        highlights.setMaxLength(1500);
        highlights.setWidthFull();
        highlights.setId("report-highlights");
        save.setText(getTranslation("followup.report.save"));
        save.setId("report-save");
        save.addClickListener(e -> save());
        complete.setText(getTranslation("followup.report.complete"));
        complete.setId("report-complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.addClickListener(e -> complete());
        reopen.setText(getTranslation("followup.report.reopen"));
        reopen.setId("report-reopen");
        reopen.addClickListener(e -> reopen());
        form = LiveForm.<ReportText>of(this)
                .bind("summary", summary, ReportText::summary)
                .bind("highlights", highlights, ReportText::highlights);

        print.setText(getTranslation("followup.report.print"));
        print.setId("report-print-link");
        print.setTarget("_blank");
        print.setRouterIgnore(true);
        pdf.setId("report-pdf");
        pdf.add(VaadinIcon.DOWNLOAD.create());
        pdf.add(getTranslation("followup.report.pdf"));
        pdf.setRouterIgnore(true);
        pdf.getElement().setAttribute("download", true);
        preview.setId("report-preview");
        preview.addClassNames("report-preview");

        Paragraph intro = new Paragraph(getTranslation("followup.report.intro"));
        intro.addClassName("help-text");
        HorizontalLayout buttons = new HorizontalLayout(save, complete, reopen);
        buttons.setWrap(true);
        Div editor = new Div(new H3(getTranslation("followup.report.form")), state, form.others(), summary, highlights,
                buttons);
        editor.addClassNames("card", "report-editor");
        HorizontalLayout outputs = new HorizontalLayout(print, pdf);
        outputs.addClassName("report-outputs");
        content.add(intro, editor, outputs, new H3(getTranslation("followup.report.preview")), preview);
        add(navSlot, new H2(getTranslation("followup.report.heading")), editorsOnly, content);
    }

    /** The report's own kinds plus those of every contributed section (without repeats: the base wants a set). */
    private static LiveKind[] kinds(List<ReportSection> sections) {
        Set<LiveKind> all = new LinkedHashSet<>(List.of(FollowupLive.REPORT, FollowupLive.RETRO,
                FollowupLive.ACTIONS, SurveyLive.RESPONSE, SurveyLive.SURVEY, SurveyLive.VERDICT,
                PeopleLive.PARTICIPANTS, WorkspaceLive.EXPERIMENT));
        sections.forEach(s -> all.addAll(s.liveKinds()));
        return all.toArray(LiveKind[]::new);
    }

    @Override
    protected Class<?> sectionView() {
        return FollowupView.class;
    }

    @Override
    protected void load(long experimentId) {
        boolean mayEdit = MemberRole.valueOf(readForRole()).canEdit();
        navSlot.removeAll();
        navSlot.add(FollowupNav.of(this, experimentId, ReportView.class, mayEdit));
        if (!editorsOnly.showFor(mayEdit, content)) {
            return;
        }
        ReportContents r = service.report(experimentId);
        ReportText text = r.text();
        if (!loaded) {
            form.presence(formPresence("report:" + experimentId)).load(text);
            loaded = true;
            Locale locale = getLocale();
            pdf.setHref(DownloadHandler.fromInputStream(e -> {
                byte[] bytes = service.pdf(experimentId, locale);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "result-report-" + experimentId + ".pdf",
                        "application/pdf", bytes.length);
            }));
            print.setHref("experiments/" + experimentId + "/followup/report/print");
        } else if (!java.util.Objects.equals(text.version(), form.latest().version())) {
            form.refresh(text, text.updatedByName() == null ? "" : text.updatedByName(), text.updatedAt());
        }
        showState(text);
        preview.removeAll();
        shownPage = new Html(ReportHtml.fragment(r, this::getTranslation, getLocale()));
        preview.add(shownPage);
    }

    private void showState(ReportText text) {
        boolean done = text.done();
        if (done) {
            state.setText(getTranslation("followup.report.state.done",
                    StoredText.show(text.completedByName(), this::getTranslation),
                    Formats.dateTime(text.completedAt(), getLocale())));
        } else if (text.version() == null) {
            state.setText(getTranslation("followup.report.state.new"));
        } else {
            state.setText(getTranslation("followup.report.state.draft",
                    StoredText.show(text.updatedByName(), this::getTranslation),
                    Formats.dateTime(text.updatedAt(), getLocale())));
        }
        state.getElement().setAttribute("data-status", text.status().name());
        summary.setReadOnly(done);
        highlights.setReadOnly(done);
        save.setVisible(!done);
        complete.setVisible(!done);
        reopen.setVisible(done);
    }

    private void save() {
        if (form.refusesSave((who, when) -> Messages.showError(form.conflictText("followup.report.conflict", who,
                when)))) {
            return;
        }
        Long version = form.latest().version();
        String s = summary.getValue();
        String h = highlights.getValue();
        if (Actions.on(this).afterConflict(this::reload).run(() -> service.save(experimentId(), version, s, h))) {
            form.load(service.text(experimentId()));
            Messages.showSuccess(getTranslation("followup.report.saved"));
            reload();
        }
    }

    /** Saves what is typed and marks the report done, as one step (and one transaction). */
    private void complete() {
        if (form.refusesSave((who, when) -> Messages.showError(form.conflictText("followup.report.conflict", who,
                when)))) {
            return;
        }
        Long version = form.latest().version();
        String s = summary.getValue();
        String h = highlights.getValue();
        if (Actions.on(this).afterConflict(this::reload)
                .run(() -> service.complete(experimentId(), version, s, h))) {
            form.load(service.text(experimentId()));
            Messages.showSuccess(getTranslation("followup.report.completed"));
            reload();
        }
    }

    private void reopen() {
        Long version = form.latest().version();
        if (version != null && Actions.on(this).afterConflict(this::reload)
                .run(() -> service.reopen(experimentId(), version))) {
            form.load(service.text(experimentId()));
            reload();
        }
    }

    /** For tests: the preview as text. */
    String previewText() {
        return shownPage == null ? "" : org.jsoup.Jsoup.parse(shownPage.getInnerHtml()).text();
    }
}
