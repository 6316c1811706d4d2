package kr.silheomjang.survey.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.survey.SurveyService;
import kr.silheomjang.survey.SurveyStatus;
import kr.silheomjang.survey.SurveySummary;
import kr.silheomjang.shared.PublicBaseUrl;
import kr.silheomjang.ui.BaseUrlWarning;
import kr.silheomjang.ui.ExperimentSection;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.survey.SurveyLive;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.ExperimentPage;
import kr.silheomjang.ui.ExperimentPageSupport;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.Messages;

/** The experiment's surveys: link and QR code to share, status, live response counts; editors make new ones. */
@Route("experiments/:experimentId/surveys")
@PermitAll
@StyleSheet("css/survey.css")
public class SurveysView extends ExperimentPage {

    private final SurveyService surveys;
    private final ExperimentAccess access;
    final Div list = new Div();
    final TextField newTitle = new TextField();
    final Button create = new Button();
    final HorizontalLayout createRow;
    final RouterLink observations = new RouterLink();
    List<SurveySummary> shown = List.of();

    public SurveysView(ExperimentPageSupport support, SurveyService surveys, ExperimentAccess access,
            PublicBaseUrl baseUrl) {
        super(support, "survey.nav", "surveys", SurveyLive.SURVEY, SurveyLive.RESPONSE, WorkspaceLive.MEMBERS);
        this.surveys = surveys;
        this.access = access;
        list.setId("survey-list");
        list.addClassName("survey-list");
        newTitle.setId("new-survey-title");
        newTitle.setPlaceholder(getTranslation("survey.new.title"));
        newTitle.setAriaLabel(getTranslation("survey.new.title"));
        create.setId("create-survey");
        create.setText(getTranslation("survey.new.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addClickListener(e -> create());
        createRow = new HorizontalLayout(newTitle, create);
        createRow.setWrap(true);
        H2 heading = new H2(getTranslation("survey.heading"));
        observations.setText(getTranslation("survey.observations"));
        observations.setId("observations-link");
        observations.addClassName("survey-observations-link");
        HorizontalLayout top = new HorizontalLayout(heading);
        top.setAlignItems(Alignment.CENTER);
        top.setWrap(true);
        Paragraph intro = new Paragraph(getTranslation("survey.intro"));
        intro.addClassName("help-text");
        add(top, intro, BaseUrlWarning.unlessConfigured(baseUrl), observations, createRow, list);
    }

    @Override
    protected void load(long experimentId) {
        boolean editor = access.requireMember(experimentId()).canEdit();
        createRow.setVisible(editor);
        observations.setRoute(ObservationsView.class, params());
        render();
    }

    @Override
    protected void onLive(Set<LiveUpdate> updates) {
        if (LiveUpdate.any(updates, WorkspaceLive.MEMBERS)) {
            load(experimentId());
        } else {
            render();
        }
    }

    RouteParameters params() {
        return new RouteParameters(ExperimentSection.PARAM, String.valueOf(experimentId()));
    }

    RouteParameters params(long surveyId) {
        return new RouteParameters(java.util.Map.of(ExperimentSection.PARAM, String.valueOf(experimentId()),
                SurveyEditView.SURVEY, String.valueOf(surveyId)));
    }

    private void create() {
        Actions.on(this).call(() -> surveys.create(experimentId(), newTitle.getValue())).ifPresent(id -> {
            newTitle.clear();
            getUI().ifPresent(ui -> ui.navigate(SurveyEditView.class, params(id)));
        });
    }

    void render() {
        shown = surveys.list(experimentId());
        boolean editor = createRow.isVisible();
        list.removeAll();
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("survey.empty")));
        }
        for (SurveySummary s : shown) {
            list.add(card(s, editor));
        }
    }

    /**
     * The survey a page of it showed was deleted meanwhile (by a co-planner): says so and shows the list, instead of
     * an error or leaving as if access were lost. {@code saidLive}: the live region says who deleted which survey
     * ("김기획님이 설문 “…”을 삭제했습니다", the better sentence), so the notice is only shown, not announced too.
     */
    static void gone(com.vaadin.flow.component.Component page, long experimentId, boolean saidLive) {
        String text = page.getTranslation("survey.gone");
        if (saidLive) {
            Messages.showErrorSeen(text);
        } else {
            Messages.showError(text);
        }
        showList(page, experimentId);
    }

    /** Goes to the experiment's survey list (after a deletion, or when the survey shown is gone). */
    static void showList(com.vaadin.flow.component.Component page, long experimentId) {
        page.getUI().ifPresent(ui -> ui.navigate(SurveysView.class,
                new RouteParameters(ExperimentSection.PARAM, String.valueOf(experimentId))));
    }

    /**
     * Reads what a page of one survey shows: null once the survey was deleted while {@code shown} (the person is told
     * and sent to the list, instead of the page leaving as if they had lost access; {@code saidLive} as for
     * {@link #gone}). Before the page showed it, a missing survey is the base page's to say, so the refusal goes on.
     */
    static <T> @org.jspecify.annotations.Nullable T orGone(com.vaadin.flow.component.Component page,
            long experimentId, boolean shown, boolean saidLive, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (kr.silheomjang.shared.MissingInExperimentException missing) {
            if (!shown) {
                throw missing;
            }
            gone(page, experimentId, saidLive);
            return null;
        }
    }

    /** Asks first, saying what goes: the form and, if any, its responses (as this list shows them now). */
    void askDelete(SurveySummary s) {
        SurveyDeleteQuestion.ask(this, s.title(), s.questionCount(), s.responseCount(), s.audience(), () -> delete(s));
    }

    /**
     * Deletes the form as this list showed it: refused, saying why, if a co-planner saved it or answers arrived since;
     * the list is read again either way.
     */
    void delete(SurveySummary s) {
        if (run("survey.deleteConflict", () -> surveys.delete(experimentId(), s.id(), s.version(),
                s.responseCount()))) {
            Messages.showSuccess(getTranslation("survey.deleted", s.title()));
        }
    }

    /** An open end is left out of the sentence: "no limit to no limit" read as nonsense in English. */
    private String period(SurveySummary s) {
        String from = Formats.dateTime(s.opensAt(), getLocale());
        String until = Formats.dateTime(s.closesAt(), getLocale());
        if (s.opensAt() == null && s.closesAt() == null) {
            return getTranslation("survey.period.open");
        }
        if (s.closesAt() == null) {
            return getTranslation("survey.period.from", from);
        }
        if (s.opensAt() == null) {
            return getTranslation("survey.period.until", until);
        }
        return getTranslation("survey.period", from, until);
    }

    private Div card(SurveySummary s, boolean editor) {
        H3 title = new H3(s.title());
        Span audience = new Span(getTranslation(s.audience().messageKey()));
        audience.addClassName("survey-badge");
        Span status = new Span(getTranslation(s.status().messageKey()));
        status.addClassNames("survey-badge", "survey-status", s.status().name().toLowerCase());
        Span count = new Span(getTranslation("survey.responses", s.responseCount()));
        count.addClassName("survey-response-count");
        Span questions = new Span(getTranslation("survey.questionCount", s.questionCount()));
        Div meta = new Div(audience, status, count, questions);
        meta.addClassName("survey-meta");
        Paragraph period = new Paragraph(period(s));
        period.addClassName("help-text");

        // A guest gets the token only of a form they answer themselves (their party's feedback): no link otherwise.
        TextField link = null;
        Div qrBox = null;
        if (s.token() != null) {
            String url = surveys.publicLink(s.token());
            link = new TextField(getTranslation("survey.link"));
            link.setValue(url);
            link.setReadOnly(true);
            link.setWidthFull();
            link.addClassName("survey-link");
            Anchor open = new Anchor(url, VaadinIcon.EXTERNAL_LINK.create());
            open.setTarget("_blank");
            open.getElement().setAttribute("aria-label", url);
            link.setSuffixComponent(open);

            String fileName = "survey-" + s.id() + "-qr.png";
            DownloadHandler qr = DownloadHandler.fromInputStream(event -> {
                byte[] png = kr.silheomjang.ui.QrCode.png(url, 480);
                return new DownloadResponse(new ByteArrayInputStream(png), fileName, "image/png", png.length);
            });
            Image qrImage = new Image(qr, getTranslation("survey.qr"));
            qrImage.addClassName("survey-qr");
            Anchor qrDownload = new Anchor(qr, AttachmentType.DOWNLOAD, getTranslation("survey.qr.download"));
            qrDownload.addClassName("survey-qr-download");
            qrBox = new Div(qrImage, qrDownload);
            qrBox.addClassName("survey-qr-box");
        }

        RouterLink results = new RouterLink(getTranslation("survey.results"), SurveyResultsView.class,
                params(s.id()));
        results.addClassName("survey-results-link");
        Div actions = new Div(results);
        actions.addClassName("survey-actions");
        if (editor) {
            RouterLink edit = new RouterLink(getTranslation("survey.edit"), SurveyEditView.class, params(s.id()));
            edit.addClassName("survey-edit-link");
            Button delete = new Button(getTranslation("survey.delete"), VaadinIcon.TRASH.create(), e -> askDelete(s));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            // Several cards each have one: the name says which survey.
            delete.setAriaLabel(getTranslation("survey.deleteOf", s.title()));
            delete.addClassName("survey-delete");
            actions.add(edit, delete);
        }
        Div text = new Div(title, meta, period);
        if (link != null) {
            text.add(link);
        }
        text.add(actions);
        text.addClassName("survey-card-text");
        Div card = new Div(text);
        if (qrBox != null) {
            card.add(qrBox);
        }
        card.addClassNames("card", "survey-card");
        card.getElement().setAttribute("data-survey", String.valueOf(s.id()));
        card.getElement().setAttribute("data-status", s.status().name());
        if (s.status() != SurveyStatus.OPEN) {
            card.addClassName("survey-card-inactive");
        }
        return card;
    }
}
