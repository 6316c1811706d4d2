package kr.silheomjang.notification.internal;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.notification.NotificationLive;
import kr.silheomjang.notification.NotificationService;
import kr.silheomjang.shared.Notable;
import kr.silheomjang.survey.SurveyDeleted;

/**
 * "New answers" notifications of a deleted survey go with it (in its transaction): their link would lead nowhere, and
 * the answers they count are gone. Each inbox that lost a line hears of it, so the bell's count follows at once.
 */
@Component
class DeletedSurveyNotifications {

    private final NotificationRepository notifications;
    private final ApplicationEventPublisher events;

    DeletedSurveyNotifications(NotificationRepository notifications, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.events = events;
    }

    @EventListener
    void on(SurveyDeleted e) {
        List<Notification> gone = notifications.findByKindAndExperimentIdAndTargetId(Notable.Kind.SURVEY_ANSWERS,
                e.experimentId(), e.surveyId());
        notifications.deleteAll(gone);
        gone.stream().map(Notification::getUserId).distinct().forEach(user -> events.publishEvent(
                LiveUpdate.of(NotificationService.topicOf(user), NotificationLive.INBOX)));
    }
}
