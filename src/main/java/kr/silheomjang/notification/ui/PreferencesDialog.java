package kr.silheomjang.notification.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import kr.silheomjang.notification.Channel;
import kr.silheomjang.notification.NotificationPreferences;
import kr.silheomjang.notification.NotificationService;
import kr.silheomjang.shared.Notable;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.KeepTyped;
import kr.silheomjang.ui.Messages;

/** Per kind: in the inbox, also in the daily mail, or not at all; and the digest's hour (Asia/Seoul). */
final class PreferencesDialog extends Dialog {

    final Map<Notable.Kind, Select<Channel>> channels = new EnumMap<>(Notable.Kind.class);
    final Select<Integer> hour = new Select<>();
    final Button save = new Button();
    private final NotificationService notifications;
    private NotificationPreferences shown;

    PreferencesDialog(NotificationService notifications) {
        this.notifications = notifications;
        setId("notification-preferences");
        setHeaderTitle(getTranslation("notification.settings"));
        addClassName("notification-preferences");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        for (Notable.Kind kind : Notable.Kind.values()) {
            Select<Channel> select = new Select<>();
            select.setLabel(getTranslation("notification.pref." + kind.name()));
            select.setItems(Channel.values());
            select.setItemLabelGenerator(c -> getTranslation("notification.channel." + c.name()));
            select.setId("pref-" + kind.name());
            channels.put(kind, select);
            form.add(select);
        }
        hour.setLabel(getTranslation("notification.digestHour"));
        hour.setItems(IntStream.range(0, 24).boxed().toList());
        hour.setItemLabelGenerator(h -> getTranslation("notification.hour", h));
        hour.setId("pref-digest-hour");
        hour.setHelperText(getTranslation("notification.digestHelp"));
        form.add(hour);
        add(new Paragraph(getTranslation("notification.prefsIntro")), form);

        save.setText(getTranslation("common.save"));
        save.setId("notification-preferences-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("notification-preferences-cancel");
        getFooter().add(cancel, save);
        show(notifications.preferences());
        // Channels chosen and not saved are a form filled in, as any typed text.
        KeepTyped.guard(this, Stream.concat(channels.values().stream(), Stream.of(hour))
                .toArray(HasValue<?, ?>[]::new));
    }

    private void show(NotificationPreferences prefs) {
        shown = prefs;
        channels.forEach((kind, select) -> select.setValue(prefs.channel(kind)));
        hour.setValue(prefs.digestHour());
    }

    private void save() {
        Map<Notable.Kind, Channel> chosen = new EnumMap<>(Notable.Kind.class);
        channels.forEach((kind, select) -> chosen.put(kind, select.getValue() == null ? Channel.IN_APP
                : select.getValue()));
        int h = hour.getValue() == null ? NotificationPreferences.DEFAULT_DIGEST_HOUR : hour.getValue();
        boolean saved = Actions.on(this).afterConflict(() -> show(notifications.preferences()))
                .run(() -> notifications.savePreferences(new NotificationPreferences(chosen, h, shown.version())));
        if (saved) {
            Messages.showSuccess(getTranslation("notification.prefsSaved"));
            close();
        }
    }
}
