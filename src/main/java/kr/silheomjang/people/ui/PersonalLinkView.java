package kr.silheomjang.people.ui;

import java.util.function.Function;

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
import com.vaadin.flow.server.auth.AnonymousAllowed;

import kr.silheomjang.people.PersonalStatus;
import kr.silheomjang.people.PublicRecruitmentService;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.ui.DestructiveQuestion;
import kr.silheomjang.ui.Languages;
import kr.silheomjang.ui.Messages;
import kr.silheomjang.ui.PublicLayout;

/**
 * A person's own link from the recruitment mails (or an SMS): their step, and 참여 확정 / 참석 재확인 / 취소 without an
 * account. The planners' grid shows the answer at once.
 */
@Route(value = "rsvp/:token", layout = PublicLayout.class)
@AnonymousAllowed
@StyleSheet("css/recruit.css")
public class PersonalLinkView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicRecruitmentService service;
    private String token = "";
    private String title = "";
    final Div body = new Div();
    final Paragraph done = new Paragraph();

    public PersonalLinkView(PublicRecruitmentService service) {
        this.service = service;
        addClassName("recruit-public");
        body.addClassName("recruit-public-body");
        // The texts follow PublicLayout's language switch (the page reloads on a switch), so the language does too.
        getElement().setAttribute("lang", Languages.supportedOrDefault(getLocale()).getLanguage());
        done.setId("rsvp-done");
        done.getElement().setAttribute("role", "status");
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        try {
            show(service.personal(token));
        } catch (UserFacingException e) {
            unavailable(e);
        }
    }

    private void show(PersonalStatus s) {
        body.removeAll();
        title = s.title();
        H1 heading = new H1(s.title());
        heading.setId("rsvp-title");
        H2 who = new H2(getTranslation("recruit.rsvp.heading", s.name()));
        Paragraph status = new Paragraph(getTranslation("recruit.rsvp.status", getTranslation(s.status().messageKey())));
        status.setId("rsvp-status");
        status.getElement().setAttribute("data-status", s.status().name());
        Paragraph explain = new Paragraph(getTranslation("recruit.rsvp.explain." + s.status().name()));
        body.add(heading, who, status, explain);
        if (s.waitlistPosition() > 0) {
            body.add(new Paragraph(getTranslation("recruit.rsvp.waitlist", s.waitlistPosition())));
        }
        if (s.eventInfo() != null) {
            Div info = new Div(new H2(getTranslation("recruit.rsvp.eventInfo")), new Paragraph(s.eventInfo()));
            info.addClassName("recruit-event-info");
            body.add(info);
        }
        if (s.mayConfirm()) {
            Button confirm = new Button(getTranslation(s.mayReconfirm() ? "recruit.rsvp.reconfirm"
                    : "recruit.rsvp.confirm"), e -> act(service::confirm));
            confirm.setId("rsvp-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            confirm.setWidthFull();
            body.add(confirm);
        }
        if (s.mayCancel()) {
            Button cancel = new Button(getTranslation("recruit.rsvp.cancel"), e -> {
                DestructiveQuestion.open(getTranslation("recruit.rsvp.cancel"),
                        getTranslation("recruit.rsvp.cancelConfirm"), getTranslation("recruit.rsvp.back"),
                        getTranslation("recruit.rsvp.cancel"), "rsvp-keep", () -> act(service::cancel));
            });
            cancel.setId("rsvp-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
            cancel.setWidthFull();
            body.add(cancel);
        }
        body.add(done);
    }

    private void act(Function<String, PersonalStatus> action) {
        try {
            PersonalStatus s = action.apply(token);
            show(s);
            done.setText(getTranslation("recruit.rsvp.done"));
        } catch (UserFacingException e) {
            Messages.showError(this, e);
        }
    }

    private void unavailable(UserFacingException e) {
        body.removeAll();
        H1 heading = new H1(getTranslation("recruit.rsvp.unavailable"));
        Paragraph why = new Paragraph(String.join(" ", Messages.translate(this, e)));
        why.setId("rsvp-unavailable");
        body.add(heading, why);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("app.name") : title + " · " + getTranslation("app.name");
    }
}
