package kr.silheomjang.people.ui;

import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;

import kr.silheomjang.people.CsvImportException;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.Messages;

/** Runs a change for a panel: a refusal or conflict is explained in the user's language, never a stack trace. */
final class Guarded {

    private Guarded() {
    }

    /** True when the change went through. {@code onConflict} runs after a conflict was explained. */
    static boolean run(Component where, Runnable change, Runnable onConflict) {
        return call(where, () -> {
            change.run();
            return Boolean.TRUE;
        }, onConflict) != null;
    }

    static <T> T call(Component where, Supplier<T> change, Runnable onConflict) {
        try {
            return change.get();
        } catch (CsvImportException e) {
            Messages.showError(where.getTranslation("people.csv.refused"));
        } catch (UserFacingException e) {
            Messages.showError(where, e);
        } catch (ConflictException e) {
            Messages.showError(where.getTranslation("people.conflict", e.changedBy(),
                    Formats.dateTime(e.changedAt(), com.vaadin.flow.component.UI.getCurrent() == null ? java.util.Locale.KOREAN : com.vaadin.flow.component.UI.getCurrent().getLocale())));
            onConflict.run();
        } catch (OptimisticLockingFailureException e) {
            Messages.showError(where.getTranslation("people.conflict.unknown"));
            onConflict.run();
        } catch (AccessDeniedException e) {
            Messages.showError(where.getTranslation("error.accessDenied"));
        }
        return null;
    }
}
