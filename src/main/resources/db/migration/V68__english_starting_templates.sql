-- English starting texts (docs/decisions/0070-english-starting-templates.md). The planning templates and the survey
-- templates get a language per item; the rows stored so far are Korean ('ko'), and English rows of the same templates
-- are added. A new board or form takes the items in the language of the person whose action creates it (Korean when
-- no one's UI is calling). The template itself (code, name) stays one row: its name is translated on display.
-- Runs unchanged on H2 (MODE=MySQL) and MySQL/MariaDB.

ALTER TABLE planning_template_item ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT 'ko';
CREATE INDEX ix_template_item_language ON planning_template_item (template_id, language, sort_order);

INSERT INTO planning_template_item (template_id, sort_order, title, category, description, checklist, updated_at, updated_by_name, version, language)
SELECT t.id, s.sort_order, s.title, s.title, s.description, s.checklist, '2026-01-01 00:00:00', '실험장', 0, 'en'
FROM planning_template t JOIN (
    SELECT 0 AS sort_order, 'Set the experiment''s purpose' AS title,
           'Set the purpose from the effect the experiment''s result should have on participants and citizens, what the citizen proposer intended, and what the experiment will produce.' AS description,
           'Sum up what the proposer intended
Sum up what the experiment will produce
Sum up the effect on participants and citizens
Settle the statement of purpose' AS checklist
    UNION ALL SELECT 1, 'Gather material',
           'Gather enough material on the topic to set a clear purpose, and look at similar campaigns at home and abroad to use as planning material.',
           'Meeting with the proposer
Sum up the different positions on the agenda
Collect reference material
Look at similar campaigns at home and abroad
Note venue, budget, mix of participants and publicity effect'
    UNION ALL SELECT 2, 'Find partners',
           'Through an interview with the proposer, find communities you could work with, or propose cooperation to organisations open to a partnership.',
           'Find communities to work with
Share information with specialist communities and institutions
Propose cooperation'
    UNION ALL SELECT 3, 'Choose the participants',
           'Decide the mix of participants and how they are selected, according to the experiment''s purpose.',
           'Decide the number of participants (many / few / none)
Decide whether participants know the experiment''s purpose
Decide the selection procedure'
    UNION ALL SELECT 4, 'Choose the date and venue',
           'Choose a day and time that fit the plan''s intent and the participants, and a venue where participants can concentrate.',
           'Choose a day and time that suit the participants
Find a venue that suits the experiment
Confirm the venue'
    UNION ALL SELECT 5, 'Set the preparation schedule',
           'Planning and running take 3–6 months: schedule the progress, the publicity and the spread after the results are shared.',
           'Make a timeline
Set the publicity schedule
Set the schedule for sharing and spreading the results'
    UNION ALL SELECT 6, 'Publicity',
           'Decide a direction for publicity that fits the plan''s intent. If there is a partner, share your ideas on publicity with them.',
           'Decide the publicity direction
Plan content about the process
Publicity with participant and proposer interviews
Advance events on social media and the website
Share with related organisations and the press'
    UNION ALL SELECT 7, 'Recruit people',
           'Recruit the participants, the proposer and the on-site staff. Decide whether the proposer takes part or is interviewed, and whether staff only support the event or act as facilitators or moderators.',
           'Experiment participants
Proposer
On-site staff'
    UNION ALL SELECT 8, 'Programme details',
           'Plan the programme in detail so that participants can take part safely.',
           'Introduce the experiment''s purpose and topic
Icebreaker
Share what follows (interviews and other dates)'
    UNION ALL SELECT 9, 'Set the budget',
           'Work out the budget from the experiment''s size and plan, and set it.',
           'Budget for size, programme and filming scope
Budget for number of participants, space and running staff
Budget for icebreakers, food and drinks'
    UNION ALL SELECT 10, 'Records and filming',
           'Choose a record format that conveys the result concisely, and recruit a film crew that will capture the plan''s intent.',
           'Choose the record format (video, interviews, images)
Recruit the film crew and look at their portfolio
Share sample videos to convey the plan''s intent
Plan the interview with the citizen proposer'
    UNION ALL SELECT 11, 'Follow-up work',
           'Plan when and how the results are shared and spread after the experiment: content uploads, publicity channels and ways for citizens to take part.',
           'Plan the content uploads
Choose the publicity channels
Decide how citizens can take part'
    UNION ALL SELECT 12, 'Other preparations',
           'Consider the publicity and planning budget, whether to hire an agency, how to run the experiment without participants, and a space that suits the participants'' ages and needs.',
           'Decide whether to hire an agency
How to run the experiment without participants
Space layout: barrier-free access, a play area for children'
) s ON 1 = 1
WHERE t.code = 'PLANNING_ITEMS';

INSERT INTO planning_template_item (template_id, sort_order, title, category, description, checklist, updated_at, updated_by_name, version, language)
SELECT t.id, s.sort_order, s.title, 'Experiment preparation', s.description, s.checklist, '2026-01-01 00:00:00', '실험장', 0, 'en'
FROM planning_template t JOIN (
    SELECT 0 AS sort_order, 'Speakers and moderators' AS title,
           'Give moderators and presenters the programme order and the plan''s intent, and review the scripts or slides asked for in advance.' AS description,
           'Send the programme order and the plan''s intent
Review scripts and slides in advance' AS checklist
    UNION ALL SELECT 1, 'Participants',
           'Confirm the participants, send them the event information and check again that they are coming; make the plan''s intent clear to them.',
           'Confirm the participants
Send the event information
Reconfirm attendance'
    UNION ALL SELECT 2, 'Film crew',
           'Check whether any participant does not want to be filmed, and set the filming scope.',
           'Find participants who must not be filmed
Hand out no-filming markers
Share the list with the film crew in advance'
    UNION ALL SELECT 3, 'System check',
           'Test the technical systems used on the day in advance.',
           'Sound
Live streaming
Platform'
    UNION ALL SELECT 4, 'Venue booking and layout',
           'Guide participants from the way there to the event space, and lay out the space to fit the topic and purpose.',
           'Book the venue
Directions to the venue
Lay out the event space'
    UNION ALL SELECT 5, 'Catering',
           'Prepare a meal or refreshments for the participants.',
           'Meal or refreshments'
    UNION ALL SELECT 6, 'Screen materials',
           'Prepare the slides and a video to play before the event starts.',
           'Slides
Video to play before the start'
    UNION ALL SELECT 7, 'Staff',
           'Place the staff with everything in mind, from reception and running the programme to emergencies.',
           'Reception
Running the programme
Emergencies'
    UNION ALL SELECT 8, 'Check the cue sheet, floor plan and role chart',
           'Check the on-screen materials, programme timetable, cue sheet, floor plan and role chart, supplies and equipment until the very end.',
           'On-screen materials
Programme timetable
Cue sheet
Floor plan and role chart
Other supplies and equipment'
) s ON 1 = 1
WHERE t.code = 'PREPARATION';

ALTER TABLE survey_template_question ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT 'ko';

INSERT INTO survey_template_question (template_code, template_title, sort_order, question_type, question_text, options_text, required, language) VALUES
 ('PARTICIPANT', 'Participant survey', 0, 'LONG_TEXT', 'How did this experiment feel to you?', NULL, 1, 'en'),
 ('PARTICIPANT', 'Participant survey', 1, 'LONG_TEXT', 'Do you think what this experiment tried could be put into practice?', NULL, 1, 'en'),
 ('PARTICIPANT', 'Participant survey', 2, 'LONG_TEXT', 'Is there anything else you would like to suggest or say?', NULL, 0, 'en'),
 ('FOLLOW_UP', 'Follow-up feedback (staff, presenters, film crew, partners)', 0, 'SINGLE_CHOICE', 'In what role did you take part?', 'Staff
Presenter
Film crew
Partner organisation', 1, 'en'),
 ('FOLLOW_UP', 'Follow-up feedback (staff, presenters, film crew, partners)', 1, 'LONG_TEXT', 'What went well', NULL, 1, 'en'),
 ('FOLLOW_UP', 'Follow-up feedback (staff, presenters, film crew, partners)', 2, 'LONG_TEXT', 'What was disappointing', NULL, 1, 'en'),
 ('FOLLOW_UP', 'Follow-up feedback (staff, presenters, film crew, partners)', 3, 'LONG_TEXT', 'What to improve next time', NULL, 0, 'en');
