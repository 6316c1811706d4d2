package kr.silheomjang.experiment.ui;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import kr.silheomjang.experiment.ActivityAction;
import kr.silheomjang.experiment.ActivityView;
import kr.silheomjang.shared.StoredText;

/** Turns an activity entry's machine-readable detail into a sentence in the UI's language. */
final class ActivityTexts {

    private ActivityTexts() {
    }

    static String describe(Component ui, ActivityView a) {
        // Names and addresses as this reader reads them: a deleted account's "(삭제됨)" (the actor, or an invitee's
        // address erased) is translated like every stored marker.
        String actor = StoredText.show(a.actorName(), ui::getTranslation);
        String detail = a.detail() == null ? "" : a.detail();
        String[] parts = detail.split("\\|", -1);
        boolean invitation = a.action() == ActivityAction.MEMBER_INVITED
                || a.action() == ActivityAction.INVITATION_REVOKED;
        if (invitation && ActivityView.HIDDEN.equals(parts[0])) {
            // What partner guests get: the entry without the invitee's address.
            return ui.getTranslation(a.action().messageKey() + ".hidden", actor,
                    parts.length > 1 ? ui.getTranslation("role." + parts[1]) : "");
        }
        return switch (a.action()) {
            case EXPERIMENT_UPDATED -> ui.getTranslation(a.action().messageKey(), actor,
                    Arrays.stream(detail.split(",")).filter(s -> !s.isBlank())
                            .map(f -> ui.getTranslation("experiment.field." + f))
                            .collect(Collectors.joining(", ")));
            case STAGE_CHANGED -> {
                // "FROM>TO", or "FROM>TO|open item keys|reason" when moved on past open items.
                String[] moved = detail.split("\\|", 3);
                String[] stages = moved[0].split(">");
                String text = ui.getTranslation(a.action().messageKey(), actor,
                        ui.getTranslation("stage." + stages[0]), ui.getTranslation("stage." + stages[1]));
                if (moved.length == 3) {
                    text += " " + ui.getTranslation("activity.STAGE_CHANGED.open",
                            Arrays.stream(moved[1].split(",")).map(k -> StageGuideTexts.label(ui, k))
                                    .collect(Collectors.joining(", ")), moved[2]);
                }
                yield text;
            }
            case CHECK_NOT_APPLICABLE -> {
                String[] marked = detail.split("\\|", 2);
                yield ui.getTranslation(a.action().messageKey(), actor, StageGuideTexts.label(ui, marked[0]),
                        marked.length > 1 ? marked[1] : "");
            }
            case CHECK_APPLICABLE_AGAIN -> ui.getTranslation(a.action().messageKey(), actor,
                    StageGuideTexts.label(ui, detail));
            case GUEST_SCOPE_CHANGED -> ui.getTranslation(a.action().messageKey(), actor, detail.isBlank()
                    ? ui.getTranslation("guestScope.none")
                    : Arrays.stream(detail.split(",")).map(d -> ui.getTranslation("guestScope." + d))
                            .collect(Collectors.joining(", ")));
            case MEMBER_INVITED, MEMBER_JOINED, MEMBER_ROLE_CHANGED -> ui.getTranslation(a.action().messageKey(),
                    actor, StoredText.show(parts[0], ui::getTranslation),
                    parts.length > 1 ? ui.getTranslation("role." + parts[1]) : "");
            case INVITATION_REVOKED, MEMBER_REMOVED -> ui.getTranslation(a.action().messageKey(), actor,
                    StoredText.show(detail, ui::getTranslation));
            default -> ui.getTranslation(a.action().messageKey(), actor, detail);
        };
    }
}
