-- Members who left an experiment before leaving took their card assignments and event attendance with them (the
-- application does so from now on, decision note 0071): such a card or event could not be saved again, because
-- assignees and attendees must be members. These rows go now. One script for H2 (MODE=MySQL) and MySQL/MariaDB.

DELETE FROM card_assignee
WHERE NOT EXISTS (SELECT 1 FROM card c JOIN experiment_member m ON m.experiment_id = c.experiment_id
                  WHERE c.id = card_assignee.card_id AND m.user_id = card_assignee.user_id);

DELETE FROM schedule_event_attendee
WHERE NOT EXISTS (SELECT 1 FROM schedule_event e JOIN experiment_member m ON m.experiment_id = e.experiment_id
                  WHERE e.id = schedule_event_attendee.event_id AND m.user_id = schedule_event_attendee.user_id);
