package kr.silheomjang.planning.internal;

import java.util.Collection;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Repository;

/**
 * Row locks for board writes, always taken in one order so two writes can never wait on each other in a circle:
 * board columns first (ascending id), then the card, then the card's own rows. Every write that changes a card takes
 * the card's lock before it writes anything, so the database never has to upgrade a shared lock (which InnoDB takes
 * for a foreign key check, e.g. inserting a history line) to an exclusive one: the classic two-writer deadlock. See
 * docs/decisions/0015-ranks-and-retries.md.
 */
// @Repository: lock failures leave as Spring's DataAccessExceptions (CannotAcquireLockException …), like any query.
@Repository
public class BoardLocks {

    @PersistenceContext
    private EntityManager em;

    /** Locks the given columns of the experiment, ascending id; ids of other experiments are not locked. */
    public void columns(long experimentId, Collection<Long> columnIds) {
        columnIds.stream().distinct().sorted().forEach(id -> em
                .createNativeQuery("select id from board_column where id = ?1 and experiment_id = ?2 for update")
                .setParameter(1, id).setParameter(2, experimentId).getResultList());
    }

    /** Locks every column of the experiment (adding, moving and removing columns), ascending id. */
    public void allColumns(long experimentId) {
        @SuppressWarnings("unchecked")
        var ids = (java.util.List<Number>) em
                .createNativeQuery("select id from board_column where experiment_id = ?1 order by id")
                .setParameter(1, experimentId).getResultList();
        columns(experimentId, ids.stream().map(Number::longValue).toList());
    }

    /** Locks a card row without reading it into this transaction (re-spreading a locked column's ranks). */
    public void cardRow(long cardId) {
        em.createNativeQuery("select id from card where id = ?1 for update").setParameter(1, cardId).getResultList();
    }

    /**
     * Locks the card and returns it as the database has it now (refreshed, whatever this transaction read before);
     * empty when it is gone or belongs to another experiment.
     */
    public Optional<Card> card(long experimentId, long cardId) {
        Card card = em.find(Card.class, cardId);
        if (card == null || card.getExperimentId() != experimentId) {
            return Optional.empty();
        }
        try {
            em.refresh(card, LockModeType.PESSIMISTIC_WRITE);
        } catch (jakarta.persistence.EntityNotFoundException | org.hibernate.UnresolvableObjectException gone) {
            return Optional.empty();
        }
        return Optional.of(card);
    }
}
