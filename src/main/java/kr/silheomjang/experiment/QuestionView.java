package kr.silheomjang.experiment;

/** One experiment question (실험의 질문). */
public record QuestionView(long id, int order, String text) {
}
