package kr.silheomjang.topic.ui;

import java.io.ByteArrayInputStream;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import kr.silheomjang.topic.AgencyResponseDraft;
import kr.silheomjang.topic.AgencyResponseView;
import kr.silheomjang.topic.CandidateDetails;
import kr.silheomjang.topic.ScreeningService;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.Uploads;

/** The agency log (기관 답변 요청 및 인터뷰) on the detail page: the entries with attachments, and the form to add one. */
class AgencySection extends Div {

    final Div agencyLog = new Div();
    final TextField agencyName = new TextField();
    final DatePicker askedOn = new DatePicker();
    final DatePicker answeredOn = new DatePicker();
    final TextArea agencySummary = new TextArea();
    final Button addAgency = new Button();
    private final Upload agencyUpload;
    private Uploads.@Nullable Received agencyFile;
    private final ScreeningService screening;
    /** Runs a change the page's way (explains refusals, re-reads); true when it went through. */
    private final Predicate<Runnable> run;
    private long candidateId;

    AgencySection(ScreeningService screening, Predicate<Runnable> run) {
        this.screening = screening;
        this.run = run;
        addClassName("topic-section");
        agencyLog.setId("agency-log");
        agencyName.setLabel(getTranslation("topic.agency.agency"));
        askedOn.setLabel(getTranslation("topic.agency.askedOn"));
        answeredOn.setLabel(getTranslation("topic.agency.answeredOn"));
        Formats.localize(askedOn, getLocale());
        Formats.localize(answeredOn, getLocale());
        agencySummary.setLabel(getTranslation("topic.agency.summary"));
        agencyUpload = Uploads.single(ScreeningService.ATTACHMENTS, "topic.agency.pick", "topic.agency.drop",
                file -> agencyFile = file);
        agencyUpload.addFileRemovedListener(e -> agencyFile = null);
        addAgency.setText(getTranslation("topic.agency.add"));
        addAgency.setId("agency-add");
        addAgency.addClickListener(e -> addAgency());
        FormLayout agencyForm = new FormLayout(agencyName, askedOn, answeredOn, agencySummary, agencyUpload,
                addAgency);
        agencyForm.setColspan(agencySummary, 2);
        add(new H3(getTranslation("topic.section.agency")), agencyLog, agencyForm);
    }

    void fill(CandidateDetails d) {
        candidateId = d.id();
        agencyLog.removeAll();
        if (d.agencyLog().isEmpty()) {
            agencyLog.add(new Paragraph(getTranslation("topic.agency.empty")));
        }
        for (AgencyResponseView a : d.agencyLog()) {
            agencyLog.add(line(a));
        }
    }

    private Div line(AgencyResponseView a) {
        Div line = new Div();
        line.addClassName("topic-agency");
        line.add(new Span(a.agency() + " · " + getTranslation("topic.agency.asked",
                Formats.date(a.askedOn(), getLocale())) + " · " + (a.answeredOn() == null
                        ? getTranslation("topic.agency.waiting")
                        : getTranslation("topic.agency.answered", Formats.date(a.answeredOn(), getLocale())))));
        if (a.summary() != null) {
            line.add(new Paragraph(a.summary()));
        }
        if (a.attachmentName() != null) {
            Anchor file = new Anchor(DownloadHandler.fromInputStream(event -> {
                ScreeningService.Attachment att = screening.attachment(a.id());
                return new DownloadResponse(new ByteArrayInputStream(att.bytes()), att.name(), att.contentType(),
                        att.bytes().length);
            }), a.attachmentName());
            file.getElement().setAttribute("download", true);
            line.add(new Div(file));
        }
        return line;
    }

    private void addAgency() {
        AgencyResponseDraft d = new AgencyResponseDraft(agencyName.getValue(), askedOn.getValue(),
                answeredOn.getValue(), agencySummary.getValue());
        Uploads.Received file = agencyFile;
        long id = candidateId;
        if (run.test(() -> screening.addAgencyResponse(id, d, file == null ? null : file.fileName(),
                file == null ? null : file.contentType(), file == null ? null : file.bytes()))) {
            agencyName.clear();
            askedOn.clear();
            answeredOn.clear();
            agencySummary.clear();
            agencyUpload.clearFileList();
            agencyFile = null;
        }
    }
}
