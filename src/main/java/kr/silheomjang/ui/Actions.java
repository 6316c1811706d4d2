package kr.silheomjang.ui;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.StoredText;
import kr.silheomjang.shared.UserFacingException;

/**
 * The one way a view runs a change: a refusal, a conflict, a lost lock race or an unreachable database is explained to
 * the user in their language, and the caller learns whether the change went through, so a form can stay open with
 * the user's input. Nothing here is logged as an unexpected error: these are normal outcomes of team work.
 *
 * <pre>{@code
 * if (Actions.run(this, () -> cards.save(id, version, draft), this::reload)) { close(); }
 * Actions.on(this).conflictMessage("planning.conflict").afterConflict(this::refresh).run(() -> ...);
 * }</pre>
 */
public final class Actions {

    private static final Logger log = LoggerFactory.getLogger(Actions.class);

    private final Component where;
    private String conflictKey = "conflict.generic";
    private Runnable afterConflict = () -> { };
    private Runnable afterRefusal = () -> { };
    private BiConsumer<String, String> conflictShownBy;
    private boolean unnamedConflictsToo;
    private Consumer<List<String>> invalidFields;

    private Actions(Component where) {
        this.where = where;
    }

    /** Starts a change run from {@code where} (its locale and translations are used). */
    public static Actions on(Component where) {
        return new Actions(where);
    }

    /** Runs a change; true when it went through. After a conflict, {@code afterConflict} shows the latest state. */
    public static boolean run(Component where, Runnable change, Runnable afterConflict) {
        return on(where).afterConflict(afterConflict).run(change);
    }

    public static boolean run(Component where, Runnable change) {
        return on(where).run(change);
    }

    /** Message key for a named conflict, with {0} = who saved first, {1} = when and {2} = what changed, if named. */
    public Actions conflictMessage(String messageKey) {
        this.conflictKey = messageKey;
        return this;
    }

    /** Runs after a conflict was explained, e.g. to re-read and show the other person's version. */
    public Actions afterConflict(Runnable action) {
        this.afterConflict = action;
        return this;
    }

    /**
     * Shows a conflict in the form itself instead of a notification (e.g. a lasting box with a reload button): gets
     * who saved first and when, formatted. A conflict the database reported without saying who (a unique key hit,
     * Hibernate's own version check) is shown as the plain conflict notice instead ("conflict.unknown"), never as a
     * sentence with an unknown name and an empty time; {@code afterConflict} runs either way.
     */
    public Actions showConflictWith(BiConsumer<String, String> whoAndWhen) {
        this.conflictShownBy = whoAndWhen;
        this.unnamedConflictsToo = false;
        return this;
    }

    /**
     * {@link #showConflictWith}, also for a conflict without a name: then it gets "?" and "" and must say who and
     * when itself (e.g. from the latest version it re-reads).
     */
    public Actions showAnyConflictWith(BiConsumer<String, String> whoAndWhen) {
        this.conflictShownBy = whoAndWhen;
        this.unnamedConflictsToo = true;
        return this;
    }

    /**
     * Who and when a conflict shown through {@link #showAnyConflictWith} names: as the database said, else (it said
     * "?") the author and time of the latest version the form has just re-read.
     */
    public static String[] whoAndWhen(Component where, String who, String when, String latestBy,
            java.time.Instant latestAt) {
        return "?".equals(who) ? new String[] {StoredText.show(latestBy, where::getTranslation),
                Formats.dateTime(latestAt, Failure.locale())} : new String[] {who, when};
    }

    /** Shows refused input in the form itself (instead of a notification): gets the message keys, e.g. to mark fields. */
    public Actions onInvalid(Consumer<List<String>> messageKeys) {
        this.invalidFields = messageKeys;
        return this;
    }

    /** Runs after the change was refused (no permission any more, or bad input), e.g. to re-read. */
    public Actions afterRefusal(Runnable action) {
        this.afterRefusal = action;
        return this;
    }

    public boolean run(Runnable change) {
        return call(() -> {
            change.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** Runs a change that returns something; empty when it did not go through (the user was told why). */
    public <T> Optional<T> call(Supplier<T> change) {
        try {
            return Optional.ofNullable(change.get());
        } catch (RuntimeException e) {
            Failure failure = Failure.of(e).orElseThrow(() -> e);
            boolean named = failure.kind() == Failure.Kind.CONFLICT;
            if (failure.conflict() && conflictShownBy != null && (named || unnamedConflictsToo)) {
                conflictShownBy.accept(StoredText.show(failure.changedBy(), where::getTranslation), failure.changedAt());
            } else if (failure.cause() instanceof UserFacingException invalid && invalidFields != null) {
                invalidFields.accept(invalid.messageKeys());
            } else {
                Messages.showError(failure.message(where, conflictKey));
            }
            if (failure.conflict()) {
                afterConflict.run();
            } else if (failure.refusal()) {
                afterRefusal.run();
            }
            return Optional.empty();
        }
    }

    /**
     * What {@link #run} would tell the user about a failure, for a page that shows it in place (a public form's own
     * error line); empty when it is nothing Actions knows (then let it reach the error handler).
     */
    public static Optional<String> explanation(Component where, Throwable thrown) {
        return Failure.of(thrown).map(f -> f.message(where, "conflict.generic"));
    }

    /**
     * A failure we can explain, found anywhere in the cause chain. {@code conflict}: someone else saved first (the
     * view should show the latest state); {@code refusal}: not allowed or invalid.
     */
    record Failure(Throwable cause, Kind kind) {

        /**
         * {@code VALUE_REFUSED}: the database refused a value (too long, out of range, a bad date, a missing one),
         * which the service should have caught; {@code REFERENCE_GONE}: what the change refers to was removed (or
         * is still referred to), a foreign key. Neither is "someone else saved first".
         */
        enum Kind { USER, CONFLICT, UNKNOWN_CONFLICT, VALUE_REFUSED, REFERENCE_GONE, DENIED, NOT_SAVED, DATABASE_DOWN }

        static Optional<Failure> of(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
                Kind kind = kindOf(t);
                if (kind != null) {
                    if (kind == Kind.NOT_SAVED || kind == Kind.DATABASE_DOWN) {
                        log.warn("Change not saved ({}): {}", kind, t.toString());
                    } else if (kind == Kind.VALUE_REFUSED || kind == Kind.REFERENCE_GONE) {
                        // A check the service lacks. Without the driver's message: it may quote what was typed.
                        SQLException sql = sqlException(t).orElse(null);
                        log.warn("Change refused by the database ({}): {} SQLState {} code {}", kind,
                                t.getClass().getSimpleName(), sql == null ? "?" : sql.getSQLState(),
                                sql == null ? "?" : sql.getErrorCode());
                    }
                    return Optional.of(new Failure(t, kind));
                }
            }
            return Optional.empty();
        }

        private static Kind kindOf(Throwable t) {
            if (t instanceof UserFacingException) {
                return Kind.USER;
            }
            if (t instanceof ConflictException) {
                return Kind.CONFLICT;
            }
            if (t instanceof DataIntegrityViolationException) {
                // A unique key hit at commit: two people created the same thing at once (e.g. the first verdict).
                // A value or a reference the database refused is no conflict: the driver's SQLState says which.
                Kind refused = sqlException(t).map(Failure::refusedBy).orElse(null);
                return refused != null ? refused : Kind.UNKNOWN_CONFLICT;
            }
            if (t instanceof OptimisticLockingFailureException) {
                return Kind.UNKNOWN_CONFLICT;
            }
            if (t instanceof SQLException sql && !(t instanceof SQLTransientConnectionException)) {
                // Not translated by Spring (e.g. a flush at commit, wrapped by the transaction manager).
                Kind refused = refusedBy(sql);
                if (refused != null) {
                    return refused;
                }
                String state = sql.getSQLState();
                return state != null && state.startsWith("23") ? Kind.UNKNOWN_CONFLICT : null;
            }
            if (t instanceof AccessDeniedException) {
                return Kind.DENIED;
            }
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException) {
                return Kind.DATABASE_DOWN;
            }
            if (t instanceof TransientDataAccessException) {
                return Kind.NOT_SAVED;
            }
            return null;
        }

        private static Optional<SQLException> sqlException(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof SQLException sql) {
                    return Optional.of(sql);
                }
            }
            return Optional.empty();
        }

        /**
         * What the database refused, by SQLState (class 22: data exception) and the vendor codes of H2 and
         * MySQL/MariaDB (which report every integrity violation as 23000); null for a unique key or anything else.
         */
        private static Kind refusedBy(SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            int code = e.getErrorCode();
            if (state.startsWith("22")) {
                return Kind.VALUE_REFUSED;
            }
            // H2: 23503 a row is still referred to, 23506 the referred row is missing. MySQL: 1451/1217, 1452/1216.
            if (state.equals("23503") || state.equals("23506") || code == 1451 || code == 1452 || code == 1216
                    || code == 1217) {
                return Kind.REFERENCE_GONE;
            }
            // H2: 23502 NOT NULL, 23513 CHECK. MySQL: 1048 NOT NULL, 3819 CHECK.
            if (state.equals("23502") || state.equals("23513") || code == 1048 || code == 3819) {
                return Kind.VALUE_REFUSED;
            }
            return null;
        }

        boolean conflict() {
            return kind == Kind.CONFLICT || kind == Kind.UNKNOWN_CONFLICT;
        }

        String changedBy() {
            return cause instanceof ConflictException c ? c.changedBy() : "?";
        }

        String changedAt() {
            return cause instanceof ConflictException c ? Formats.dateTime(c.changedAt(), locale()) : "";
        }

        boolean refusal() {
            return kind == Kind.USER || kind == Kind.DENIED || kind == Kind.VALUE_REFUSED
                    || kind == Kind.REFERENCE_GONE;
        }

        String message(Component where, String conflictKey) {
            return switch (kind) {
                case USER -> String.join("\n", Messages.translate(where, (UserFacingException) cause));
                case CONFLICT -> {
                    ConflictException c = (ConflictException) cause;
                    yield where.getTranslation(conflictKey, StoredText.show(c.changedBy(), where::getTranslation),
                            Formats.dateTime(c.changedAt(), locale()), String.join(", ", c.subjects().stream()
                                    .map(name -> StoredText.show(name, where::getTranslation)).toList()));
                }
                case UNKNOWN_CONFLICT -> where.getTranslation("conflict.unknown");
                case VALUE_REFUSED -> where.getTranslation("error.valueRefused");
                case REFERENCE_GONE -> where.getTranslation("error.referenceGone");
                case DENIED -> where.getTranslation("error.accessDenied");
                case NOT_SAVED -> where.getTranslation("error.notSaved");
                case DATABASE_DOWN -> where.getTranslation("error.database");
            };
        }

        private static Locale locale() {
            UI ui = UI.getCurrent();
            return ui == null ? Locale.KOREAN : ui.getLocale();
        }
    }
}
