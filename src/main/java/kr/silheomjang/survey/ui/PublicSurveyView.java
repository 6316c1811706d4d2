package kr.silheomjang.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.survey.PublicSurvey;
import kr.silheomjang.survey.PublicSurveyService;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.Messages;
import kr.silheomjang.ui.OfflineDraft;
import kr.silheomjang.ui.PublicLayout;
import kr.silheomjang.ui.SpokenErrors;

/**
 * Where a survey link or QR code lands: no account, no app shell, made for a phone (the public layout: 16 px text, 44 px
 * targets, no push). What is typed is kept on the phone until it is stored, once ({@link OfflineDraft}). A link that
 * does not work (unknown, not yet open, closed) says so in plain words and shows nothing else.
 */
@Route(value = "s/:token", layout = PublicLayout.class)
@AnonymousAllowed
@StyleSheet("css/survey.css")
public class PublicSurveyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicSurveyService surveys;
    private String token;
    private String address;
    private String title = "";
    final Div body = new Div();
    final Paragraph error = new Paragraph();
    final Button submit = new Button();
    SurveyForm form;
    OfflineDraft draft;

    public PublicSurveyView(PublicSurveyService surveys) {
        this.surveys = surveys;
        addClassName("survey-public");
        error.setId("survey-error");
        error.addClassName("survey-error");
        error.setVisible(false);
        error.getElement().setAttribute("role", "alert");
        submit.setId("survey-submit");
        submit.setText(getTranslation("survey.form.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setWidthFull();
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit());
        body.addClassName("survey-public-body");
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        VaadinRequest request = VaadinRequest.getCurrent();
        address = request == null ? "?" : request.getRemoteAddr();
        body.removeAll();
        try {
            PublicSurvey survey = surveys.open(token);
            title = survey.title();
            H1 heading = new H1(survey.title());
            heading.setId("survey-title");
            form = new SurveyForm(survey.questions());
            draft = new OfflineDraft(form, "survey:" + token, form.keepDraft());
            body.add(heading, draft.restoredNote(), form, error, draft, submit);
        } catch (UserFacingException e) {
            unavailable(e);
        }
    }

    void submit() {
        try {
            if (!form.checkRequired()) {
                showError(getTranslation("survey.error.answer.required"));
                return;
            }
            VaadinSession session = VaadinSession.getCurrent();
            String sessionId = session == null || session.getSession() == null ? "?" : session.getSession().getId();
            surveys.submit(token, form.answers(), address, sessionId, draft.submissionKey());
            draft.sent();
            body.removeAll();
            H1 thanks = new H1(getTranslation("survey.form.thanks"));
            thanks.setId("survey-thanks");
            body.add(thanks, new Paragraph(getTranslation("survey.form.thanksDetail")));
            SpokenErrors.forget(this); // the required-question errors said aloud must not outlive the form
        } catch (UserFacingException e) {
            if (e.messageKeys().contains("survey.error.closed") || e.messageKeys().contains("survey.error.notFound")
                    || e.messageKeys().contains("survey.error.experimentClosed")) {
                unavailable(e);
            } else {
                showError(String.join(" ", Messages.translate(this, e)));
            }
        } catch (RuntimeException e) {
            // The form deleted while this answer was on its way (the database then refuses the answer's reference):
            // the link says so as it would on opening, not as a failed save.
            if (!stillOpen()) {
                return;
            }
            // A value the database refused, a conflict or an outage: said on the form like a refusal, input kept.
            showError(Actions.explanation(this, e).orElseThrow(() -> e));
        } finally {
            submit.setEnabled(true);
        }
    }

    /** False (and the page says why) when the link no longer takes answers; true when it does or cannot be read. */
    private boolean stillOpen() {
        try {
            surveys.open(token);
            return true;
        } catch (UserFacingException gone) {
            unavailable(gone);
            return false;
        } catch (RuntimeException unreadable) {
            return true;
        }
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
        error.scrollIntoView();
    }

    private void unavailable(UserFacingException e) {
        body.removeAll();
        H2 heading = new H2(getTranslation("survey.form.unavailable"));
        Paragraph why = new Paragraph(String.join(" ", Messages.translate(this, e)));
        why.setId("survey-unavailable");
        why.getElement().setAttribute("data-reason", e.messageKeys().get(0));
        body.add(heading, why);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("app.name") : title + " · " + getTranslation("app.name");
    }
}
