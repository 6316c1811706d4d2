package kr.silheomjang.people.ui;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.experiment.ExperimentDetails;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.mail.ui.DeliveryLog;
import kr.silheomjang.people.PeopleLive;
import kr.silheomjang.people.RecruitMailService;
import kr.silheomjang.people.RecruitmentService;
import kr.silheomjang.people.RecruitmentSettings;
import kr.silheomjang.people.RecruitmentState;
import kr.silheomjang.ui.ExperimentPage;
import kr.silheomjang.ui.ExperimentPageSupport;
import kr.silheomjang.ui.QrCode;

/**
 * 모집 (issue 14): the sign-up form's link and QR code with capacity used, the applicants to select, the mails with
 * personal links, and the form's settings. Owners and planners only; applicants' answers through their links and the
 * public form arrive live.
 */
@Route("experiments/:experimentId/recruitment")
@PermitAll
@StyleSheet("css/recruit.css")
public class RecruitmentView extends ExperimentPage {

    private final ExperimentService experiments;
    private final RecruitmentService service;
    private final RecruitMailService mailService;

    /** What this page shows below the base's header and tabs (never removeAll() on the page itself). */
    final Div body = new Div();
    final Div status = new Div();
    final Paragraph stateText = new Paragraph();
    final Paragraph capacity = new Paragraph();
    final Button toggle = new Button();
    RecruitmentSettingsPanel settings;
    ApplicantsPanel applicants;
    RecruitMailsPanel mails;
    private RecruitmentState state;
    private long builtFor;
    private boolean owner;

    public RecruitmentView(ExperimentPageSupport support, ExperimentService experiments, RecruitmentService service,
            RecruitMailService mailService) {
        // EXPERIMENT: the reconfirmation mails are planned from the event day.
        super(support, "recruit.nav", "recruitment", PeopleLive.PARTICIPANTS, PeopleLive.RECRUITMENT,
                DeliveryLog.LIVE, WorkspaceLive.MEMBERS, WorkspaceLive.EXPERIMENT);
        this.experiments = experiments;
        this.service = service;
        this.mailService = mailService;
        addClassName("recruit-view");
        setPadding(true);
        stateText.setId("recruit-state");
        capacity.setId("recruit-capacity");
        capacity.getElement().setAttribute("aria-live", "polite");
        toggle.setId("recruit-toggle");
        toggle.addClickListener(e -> {
            boolean on = !state.accepting();
            run(() -> service.setAccepting(experimentId(), state.version(), on));
        });
        status.addClassNames("card", "recruit-status");
        body.addClassName("recruit-body");
        body.setWidthFull();
        add(body);
    }

    @Override
    protected void load(long id) {
        ExperimentDetails details = experiments.get(id);
        boolean editor = details.myRole().canEdit();
        owner = details.myRole() == MemberRole.OWNER;
        if (!editor) {
            body.removeAll();
            body.add(new H2(getTranslation("recruit.heading")), new Paragraph(getTranslation("recruit.editorsOnly")));
            builtFor = 0;
            return;
        }
        Optional<RecruitmentState> found = service.state(id);
        if (found.isEmpty()) {
            body.removeAll();
            builtFor = 0;
            Paragraph none = new Paragraph(getTranslation("recruit.none"));
            none.setId("recruit-none");
            body.add(new H2(getTranslation("recruit.heading")), new Paragraph(getTranslation("recruit.intro")), none);
            if (owner) {
                Button create = new Button(getTranslation("recruit.create"), e -> run(() -> service.save(id, null,
                        RecruitmentSettings.defaults(details.title(), this::getTranslation,
                                service.retentionDays(id)))));
                create.setId("recruit-create");
                create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                body.add(create);
            }
            return;
        }
        state = found.get();
        if (builtFor != id || settings == null) {
            builtFor = id;
            body.removeAll();
            settings = new RecruitmentSettingsPanel(service, id, owner, state, saved -> {
                state = saved;
                renderStatus();
            });
            applicants = new ApplicantsPanel(service, id);
            mails = new RecruitMailsPanel(mailService, id);
            H2 heading = new H2(getTranslation("recruit.heading"));
            body.add(heading, new Paragraph(getTranslation("recruit.intro")), status, applicants, mails, settings);
        } else {
            settings.refresh(state);
            applicants.refreshAll();
            mails.refresh();
        }
        renderStatus();
    }

    @Override
    protected void onLive(Set<LiveUpdate> updates) {
        if (builtFor == 0 || settings == null) {
            reload();
            return;
        }
        if (LiveUpdate.any(updates, PeopleLive.RECRUITMENT, PeopleLive.PARTICIPANTS, WorkspaceLive.MEMBERS,
                WorkspaceLive.EXPERIMENT)) {
            Optional<RecruitmentState> found = service.state(experimentId());
            if (found.isEmpty()) {
                reload();
                return;
            }
            state = found.get();
            settings.refresh(state);
            renderStatus();
        }
        applicants.onLive(updates);
        if (LiveUpdate.any(updates, PeopleLive.RECRUITMENT, PeopleLive.PARTICIPANTS, DeliveryLog.LIVE)) {
            mails.refresh();
        }
    }

    private void renderStatus() {
        status.removeAll();
        mails.showPlan(state.reconfirm());
        stateText.setText(getTranslation(state.formState().messageKey()));
        stateText.getElement().setAttribute("data-state", state.formState().name());
        stateText.addClassName("recruit-state");
        capacity.setText(getTranslation("recruit.capacity", state.capacity(), state.placesHeld(),
                state.placesLeft(), state.applied(), state.waitlisted(), state.total()));
        capacity.getElement().setAttribute("data-held", String.valueOf(state.placesHeld()));
        TextField link = new TextField(getTranslation("recruit.link"));
        link.setId("recruit-link");
        link.setValue(state.publicLink());
        link.setReadOnly(true);
        link.setWidthFull();
        // The field above already says "신청 링크"; the anchor says what it does (the label was shown twice).
        Anchor open = new Anchor(state.publicLink(), getTranslation("recruit.link.open"));
        open.setTarget(AnchorTarget.BLANK);
        open.setId("recruit-open-link");
        String url = state.publicLink();
        DownloadHandler qr = DownloadHandler.fromInputStream(event -> {
            byte[] png = QrCode.png(url, 480);
            return new DownloadResponse(new ByteArrayInputStream(png), "recruitment-qr.png", "image/png", png.length);
        });
        Image qrImage = new Image(qr, getTranslation("recruit.qr"));
        qrImage.addClassName("recruit-qr");
        Anchor qrDownload = new Anchor(qr, AttachmentType.DOWNLOAD, getTranslation("recruit.qr.download"));
        Div text = new Div(stateText, capacity, link, open);
        text.addClassName("recruit-status-text");
        if (owner) {
            toggle.setText(getTranslation(state.accepting() ? "recruit.close" : "recruit.open"));
            toggle.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (!state.accepting()) {
                toggle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            text.add(toggle);
        }
        Div qrBox = new Div(qrImage, qrDownload);
        qrBox.addClassName("recruit-qr-box");
        status.add(text, qrBox);
    }
}
