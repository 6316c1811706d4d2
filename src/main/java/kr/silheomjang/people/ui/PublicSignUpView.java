package kr.silheomjang.people.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import kr.silheomjang.people.ApplicationDraft;
import kr.silheomjang.people.PublicRecruitment;
import kr.silheomjang.people.PublicRecruitmentService;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.Languages;
import kr.silheomjang.ui.Messages;
import kr.silheomjang.ui.OfflineDraft;
import kr.silheomjang.ui.PublicLayout;
import kr.silheomjang.ui.SpokenErrors;

/**
 * Where the recruitment link or QR code lands: no account, no app shell, phone first, Korean first. The privacy notice
 * is shown in full before the required consent; filming consent is separate and optional. A form that is closed, full
 * or not there says so and shows nothing else.
 */
@Route(value = "join/:token", layout = PublicLayout.class)
@AnonymousAllowed
@StyleSheet("css/recruit.css")
public class PublicSignUpView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicRecruitmentService service;
    private String token = "";
    private String address = "?";
    private String title = "";
    private int noticeVersion;
    final Div body = new Div();
    final TextField name = new TextField();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final List<TextArea> answers = new ArrayList<>();
    final Checkbox agree = new Checkbox();
    final Checkbox photo = new Checkbox();
    final Paragraph error = new Paragraph();
    final Button submit = new Button();
    /** Keeps what is typed on the phone until it is stored, and the load's submission key (decision note 0029). */
    OfflineDraft draft;

    public PublicSignUpView(PublicRecruitmentService service) {
        this.service = service;
        addClassName("recruit-public");
        body.addClassName("recruit-public-body");
        // The texts follow PublicLayout's language switch (the page reloads on a switch), so the language does too.
        getElement().setAttribute("lang", Languages.supportedOrDefault(getLocale()).getLanguage());
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        VaadinRequest request = VaadinRequest.getCurrent();
        address = request == null ? "?" : request.getRemoteAddr();
        body.removeAll();
        try {
            show(service.open(token));
        } catch (UserFacingException e) {
            unavailable(e);
        }
    }

    private void show(PublicRecruitment form) {
        title = form.title();
        noticeVersion = form.noticeVersion();
        H1 heading = new H1(form.title());
        heading.setId("join-title");
        body.add(heading);
        if (form.intro() != null) {
            body.add(new Paragraph(form.intro()));
        }
        if (form.closesOn() != null) {
            Paragraph closes = new Paragraph(getTranslation("recruit.public.closesOn",
                    Formats.date(form.closesOn(), getLocale())));
            closes.addClassName("recruit-closes");
            body.add(closes);
        }
        name.setLabel(getTranslation("recruit.public.name"));
        name.setId("join-name");
        name.setRequiredIndicatorVisible(true);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        name.setMaxLength(100);
        phone.setLabel(getTranslation("recruit.public.phone"));
        phone.setHelperText(getTranslation("recruit.public.phone.helper"));
        phone.setId("join-phone");
        phone.setRequiredIndicatorVisible(true);
        phone.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.TEL);
        phone.getElement().setAttribute("inputmode", "tel");
        phone.setMaxLength(40);
        email.setLabel(getTranslation("recruit.public.email"));
        email.setHelperText(getTranslation("recruit.public.email.helper"));
        email.setId("join-email");
        email.setMaxLength(254);
        // The typed fields sit in one container the draft watches; the consents stay outside it on purpose: they are
        // given afresh on each load, never restored from the phone's storage.
        Div fields = new Div(name, phone, email);
        fields.addClassName("recruit-public-fields");
        OfflineDraft.keep(name, "name");
        OfflineDraft.keep(phone, "phone");
        OfflineDraft.keep(email, "email");
        answers.clear();
        if (!form.questions().isEmpty()) {
            H2 q = new H2(getTranslation("recruit.public.questions"));
            fields.add(q);
            for (int i = 0; i < form.questions().size(); i++) {
                TextArea a = new TextArea(form.questions().get(i));
                a.setId("join-answer-" + i);
                a.setMaxLength(PublicRecruitmentService.MAX_ANSWER_LENGTH);
                a.setWidthFull();
                answers.add(a);
                OfflineDraft.keep(a, "q" + i);
                fields.add(a);
            }
        }
        // Same questions, same shape: an old draft is never poured into a changed form.
        draft = new OfflineDraft(fields, "join:" + token, String.join("\n", form.questions()));
        body.add(draft.restoredNote(), fields);
        Section notice = new Section();
        notice.addClassName("recruit-notice");
        notice.setId("join-notice");
        H2 noticeHeading = new H2(getTranslation("recruit.public.notice"));
        notice.add(noticeHeading, line("recruit.public.notice.purpose", form.noticePurpose()),
                line("recruit.public.notice.items", form.noticeItems()),
                line("recruit.public.notice.retention", form.noticeRetention()),
                line("recruit.public.notice.refusal", form.noticeRefusal()));
        agree.setLabel(getTranslation("recruit.public.agree"));
        agree.setId("join-agree");
        photo.setLabel(getTranslation("recruit.public.photo"));
        photo.setId("join-photo");
        error.setId("join-error");
        error.addClassName("recruit-error");
        error.setVisible(false);
        error.getElement().setAttribute("role", "alert");
        submit.setText(getTranslation("recruit.public.submit"));
        submit.setId("join-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setWidthFull();
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit());
        body.add(notice, agree, photo, error, draft, submit);
        for (var f : new com.vaadin.flow.component.HasSize[] {name, phone, email}) {
            f.setWidthFull();
        }
    }

    private static Paragraph line(String labelKey, String text) {
        Span label = new Span();
        label.addClassName("recruit-notice-label");
        Paragraph p = new Paragraph(label, new Span(text));
        label.setText(p.getTranslation(labelKey) + ": ");
        return p;
    }

    void submit() {
        for (var field : List.<HasValidation>of(name, phone, email, agree)) {
            field.setInvalid(false);
        }
        try {
            VaadinSession session = VaadinSession.getCurrent();
            String sessionId = session == null || session.getSession() == null ? "?" : session.getSession().getId();
            String link = service.apply(token, new ApplicationDraft(name.getValue(), phone.getValue(),
                    email.getValue(), answers.stream().map(TextArea::getValue).toList(),
                    agree.getValue() ? noticeVersion : null, photo.getValue()), address, sessionId,
                    draft.submissionKey());
            draft.sent();
            thanks(link);
        } catch (UserFacingException e) {
            if (e.messageKeys().stream().anyMatch(k -> k.startsWith("recruit.form.state.")
                    || k.equals("recruit.error.formNotFound") || k.equals("recruit.error.experimentClosed"))) {
                unavailable(e);
            } else {
                markFields(e.messageKeys());
                error.setText(String.join(" ", Messages.translate(this, e)));
                error.setVisible(true);
                error.scrollIntoView();
            }
        } catch (RuntimeException e) {
            // A value the database refused, a conflict or an outage: said on the form like a refusal, input kept.
            error.setText(Actions.explanation(this, e).orElseThrow(() -> e));
            error.setVisible(true);
            error.scrollIntoView();
        } finally {
            submit.setEnabled(true);
        }
    }

    /**
     * Marks each field a problem is about, with its message under it: on a phone the summary sits at the bottom, far
     * from a name or phone field that needs fixing. Cleared on the next try.
     */
    private void markFields(List<String> keys) {
        Map<String, HasValidation> fields = Map.of(
                "people.error.nameRequired", name,
                "people.error.nameTooLong", name,
                "recruit.error.phoneRequired", phone,
                "people.error.phoneInvalid", phone,
                "people.error.emailInvalid", email,
                "recruit.error.noticeNotAgreed", agree,
                "recruit.error.noticeChanged", agree);
        for (String key : keys) {
            HasValidation field = fields.get(key);
            if (field != null) {
                field.setErrorMessage(getTranslation(key));
                field.setInvalid(true);
            }
        }
    }

    private void thanks(String link) {
        body.removeAll();
        H1 done = new H1(getTranslation("recruit.public.thanks"));
        done.setId("join-thanks");
        TextField mine = new TextField(getTranslation("recruit.public.personalLink"));
        mine.setValue(link);
        mine.setReadOnly(true);
        mine.setWidthFull();
        mine.setId("join-personal-link");
        com.vaadin.flow.component.html.Anchor open = new com.vaadin.flow.component.html.Anchor(link,
                getTranslation("recruit.public.openPersonalLink"));
        open.setId("join-personal-open");
        body.add(done, new Paragraph(getTranslation("recruit.public.thanksDetail")), mine, open);
        SpokenErrors.forget(this); // a field's error said aloud must not outlive the form
    }

    private void unavailable(UserFacingException e) {
        body.removeAll();
        H1 heading = new H1(getTranslation("recruit.public.unavailable"));
        Paragraph why = new Paragraph(String.join(" ", Messages.translate(this, e)));
        why.setId("join-unavailable");
        why.getElement().setAttribute("data-reason", e.messageKeys().get(0));
        body.add(heading, why);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("app.name") : title + " · " + getTranslation("app.name");
    }
}
