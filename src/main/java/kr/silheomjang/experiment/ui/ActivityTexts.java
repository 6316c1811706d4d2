package kr.silheomjang.experiment.ui;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import kr.silheomjang.experiment.ActivityAction;
import kr.silheomjang.experiment.ActivityView;

/** Turns an activity entry's machine-readable detail into a sentence in the UI's language. */
final class ActivityTexts {

    private ActivityTexts() {
    }

    static String describe(Component ui, ActivityView a) {
        String detail = a.detail() == null ? "" : a.detail();
        String[] parts = detail.split("\\|", -1);
        boolean invitation = a.action() == ActivityAction.MEMBER_INVITED
                || a.action() == ActivityAction.INVITATION_REVOKED;
        if (invitation && ActivityView.HIDDEN.equals(parts[0])) {
            // What partner guests get: the entry without the invitee's address.
            return ui.getTranslation(a.action().messageKey() + ".hidden", a.actorName(),
                    parts.length > 1 ? ui.getTranslation("role." + parts[1]) : "");
        }
        return switch (a.action()) {
            case EXPERIMENT_UPDATED -> ui.getTranslation(a.action().messageKey(), a.actorName(),
                    Arrays.stream(detail.split(",")).filter(s -> !s.isBlank())
                            .map(f -> ui.getTranslation("experiment.field." + f))
                            .collect(Collectors.joining(", ")));
            case STAGE_CHANGED -> {
                // "FROM>TO", or "FROM>TO|open item keys|reason" when moved on past open items.
                String[] moved = detail.split("\\|", 3);
                String[] stages = moved[0].split(">");
                String text = ui.getTranslation(a.action().messageKey(), a.actorName(),
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
                yield ui.getTranslation(a.action().messageKey(), a.actorName(), StageGuideTexts.label(ui, marked[0]),
                        marked.length > 1 ? marked[1] : "");
            }
            case CHECK_APPLICABLE_AGAIN -> ui.getTranslation(a.action().messageKey(), a.actorName(),
                    StageGuideTexts.label(ui, detail));
            case GUEST_SCOPE_CHANGED -> ui.getTranslation(a.action().messageKey(), a.actorName(), detail.isBlank()
                    ? ui.getTranslation("guestScope.none")
                    : Arrays.stream(detail.split(",")).map(d -> ui.getTranslation("guestScope." + d))
                            .collect(Collectors.joining(", ")));
            case MEMBER_INVITED, MEMBER_JOINED, MEMBER_ROLE_CHANGED -> ui.getTranslation(a.action().messageKey(),
                    a.actorName(), parts[0], parts.length > 1 ? ui.getTranslation("role." + parts[1]) : "");
            default -> ui.getTranslation(a.action().messageKey(), a.actorName(), detail);
        };
    }
}
