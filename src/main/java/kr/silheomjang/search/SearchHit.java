package kr.silheomjang.search;

/**
 * One result: what it is, where it lives and the link to its exact place (a path inside the app, e.g.
 * {@code experiments/3/board?card=17}).
 *
 * @param context  the experiment's title, or for a survey answer the survey and question; empty for experiments and proposals
 */
public record SearchHit(SearchKind kind, long id, long experimentId, Highlighted title, Highlighted snippet,
        String context, String link) {
}
