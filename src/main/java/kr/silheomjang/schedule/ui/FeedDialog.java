package kr.silheomjang.schedule.ui;

import java.time.Instant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import kr.silheomjang.schedule.CalendarFeedService;
import kr.silheomjang.shared.PublicBaseUrl;
import kr.silheomjang.ui.BaseUrlWarning;
import kr.silheomjang.ui.DestructiveQuestion;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.Messages;

/** The caller's secret iCal feed URL: make, replace, revoke. The URL is shown once, when made (stored hashed). */
class FeedDialog extends Dialog {

    private final CalendarFeedService schedule;
    private final long experimentId;
    private final PublicBaseUrl baseUrl;
    final Paragraph status = new Paragraph();
    final TextField url = new TextField();
    final Button create = new Button();
    final Button revoke = new Button();
    private boolean active;

    FeedDialog(CalendarFeedService schedule, long experimentId, PublicBaseUrl baseUrl) {
        this.schedule = schedule;
        this.experimentId = experimentId;
        this.baseUrl = baseUrl;
        setId("feed-dialog");
        setHeaderTitle(getTranslation("schedule.feed.title"));
        setWidth("min(40rem, 100vw)");
        Paragraph intro = new Paragraph(getTranslation("schedule.feed.intro"));
        intro.addClassName("help-text");
        status.setId("feed-status");
        url.setId("feed-url");
        url.setReadOnly(true);
        url.setWidthFull();
        url.setVisible(false);
        url.setLabel(getTranslation("schedule.feed.shown"));
        create.setId("feed-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Runnable issue = () -> {
            String token = schedule.issueFeedToken(experimentId);
            url.setValue(this.baseUrl.link("/ical/" + experimentId + "/" + token + ".ics"));
            url.setVisible(true);
            refresh();
        };
        // A new address stops the old one in every calendar already subscribed to it: that is asked first.
        create.addClickListener(e -> {
            if (active) {
                DestructiveQuestion.ask(this, "schedule.feed.regenerateQuestion", "feed-regenerate-keep", issue);
            } else {
                issue.run();
            }
        });
        revoke.setText(getTranslation("schedule.feed.revoke"));
        revoke.setId("feed-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.addClickListener(e -> DestructiveQuestion.ask(this, "schedule.feed.revokeQuestion", "feed-revoke-keep",
                () -> {
                    schedule.revokeFeedToken(experimentId);
                    url.clear();
                    url.setVisible(false);
                    Messages.showSuccess(getTranslation("schedule.feed.revoked"));
                    refresh();
                }));
        add(intro, BaseUrlWarning.unlessConfigured(baseUrl), status, url);
        getFooter().add(revoke, new Button(getTranslation("schedule.close"), e -> close()), create);
        refresh();
    }

    void refresh() {
        Instant issued = schedule.feedIssuedAt(experimentId);
        active = issued != null;
        status.setText(issued == null ? getTranslation("schedule.feed.none")
                : getTranslation("schedule.feed.active", Formats.dateTime(issued, getLocale())));
        create.setText(getTranslation(issued == null ? "schedule.feed.create" : "schedule.feed.regenerate"));
        revoke.setVisible(issued != null);
    }
}
