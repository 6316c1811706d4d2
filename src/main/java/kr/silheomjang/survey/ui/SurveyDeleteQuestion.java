package kr.silheomjang.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

import kr.silheomjang.survey.SurveyAudience;
import kr.silheomjang.ui.DestructiveQuestion;

/**
 * The question before a survey is deleted, from the list or the builder: it says plainly what goes (the form, and its
 * answers when it has any: personal data, kept nowhere else), and its safe answer has the focus.
 */
final class SurveyDeleteQuestion {

    static final String KEEP_ID = "survey-delete-keep";
    static final String ID = "survey-delete-question";

    private SurveyDeleteQuestion() {
    }

    static ConfirmDialog ask(Component where, String title, int questions, long responses, SurveyAudience audience,
            Runnable onConfirm) {
        String text = responses == 0
                ? where.getTranslation("survey.deleteQuestion.text", title, questions)
                : where.getTranslation("survey.deleteQuestion.textAnswers", title, questions, responses);
        if (audience == SurveyAudience.FOLLOW_UP) {
            text += " " + where.getTranslation("survey.deleteQuestion.retro");
        }
        ConfirmDialog question = DestructiveQuestion.open(where.getTranslation("survey.deleteQuestion.header"), text,
                where.getTranslation("survey.deleteQuestion.keep"), where.getTranslation("survey.deleteQuestion.confirm"),
                KEEP_ID, onConfirm);
        question.setId(ID);
        return question;
    }
}
