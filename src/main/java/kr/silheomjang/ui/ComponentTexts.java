package kr.silheomjang.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;

/**
 * The texts Vaadin's own components speak or show by themselves (screen-reader announcements, hidden labels, the
 * "more" button) in the UI's language, from the bundles' {@code vaadin.*} keys: without this a Korean screen-reader
 * user hears "Selection cleared", "Currently 3 active users" or "More options" (issue #12). Each method returns its
 * argument, so a field can be declared and localized in one line.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    public static <T> MultiSelectComboBox<T> localize(MultiSelectComboBox<T> box) {
        box.setI18n(new MultiSelectComboBoxI18n()
                .setCleared(t(box, "vaadin.multiSelect.cleared"))
                .setFocused(t(box, "vaadin.multiSelect.focused"))
                .setSelected(t(box, "vaadin.multiSelect.selected"))
                .setDeselected(t(box, "vaadin.multiSelect.deselected"))
                .setTotal(t(box, "vaadin.multiSelect.total")));
        return box;
    }

    public static AvatarGroup localize(AvatarGroup group) {
        group.setI18n(new AvatarGroup.AvatarGroupI18n()
                .setAnonymous(t(group, "vaadin.avatar.anonymous"))
                .setOneActiveUser(t(group, "vaadin.avatar.oneActive"))
                .setManyActiveUsers(t(group, "vaadin.avatar.manyActive")));
        return group;
    }

    public static Avatar localize(Avatar avatar) {
        avatar.setI18n(new Avatar.AvatarI18n().setAnonymous(t(avatar, "vaadin.avatar.anonymous")));
        return avatar;
    }

    public static MenuBar localize(MenuBar menu) {
        menu.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(t(menu, "vaadin.menu.moreOptions")));
        return menu;
    }

    public static SideNav localize(SideNav nav) {
        nav.setI18n(new SideNav.SideNavI18n().setToggle(t(nav, "vaadin.sideNav.toggle")));
        return nav;
    }

    /** The date part as {@link Formats#localize} makes a date picker; the two parts' hidden labels. */
    public static DateTimePicker localize(DateTimePicker picker) {
        picker.setDatePickerI18n(Formats.datePickerI18n(picker, locale()));
        picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setDateLabel(t(picker, "vaadin.dateTime.date"))
                .setTimeLabel(t(picker, "vaadin.dateTime.time")));
        return picker;
    }

    private static String t(Component c, String key) {
        return c.getTranslation(Languages.supportedOrDefault(locale()), key);
    }

    /** The UI's language (the components are made while it handles a request); Korean outside one. */
    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Languages.KOREAN : ui.getLocale();
    }
}
