package kr.silheomjang.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.PasswordField;

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
        group.setI18n(new AvatarGroupTexts()
                .setJoined(t(group, "vaadin.avatar.joined"))
                .setLeft(t(group, "vaadin.avatar.left"))
                .setAnonymous(t(group, "vaadin.avatar.anonymous"))
                .setOneActiveUser(t(group, "vaadin.avatar.oneActive"))
                .setManyActiveUsers(t(group, "vaadin.avatar.manyActive")));
        return group;
    }

    /**
     * The group also announces who came and went ("{user} joined", "{user} left"), texts its Java API does not name:
     * the element reads them from the same i18n object, which Vaadin writes from this object's getters, these too.
     */
    public static final class AvatarGroupTexts extends AvatarGroup.AvatarGroupI18n {

        private String joined;
        private String left;

        public String getJoined() {
            return joined;
        }

        public AvatarGroupTexts setJoined(String joined) {
            this.joined = joined;
            return this;
        }

        public String getLeft() {
            return left;
        }

        public AvatarGroupTexts setLeft(String left) {
            this.left = left;
            return this;
        }
    }

    public static Avatar localize(Avatar avatar) {
        avatar.setI18n(new Avatar.AvatarI18n().setAnonymous(t(avatar, "vaadin.avatar.anonymous")));
        return avatar;
    }

    public static MenuBar localize(MenuBar menu) {
        menu.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(t(menu, "vaadin.menu.moreOptions")));
        return menu;
    }

    /** The drawer's name while it is an overlay (a phone): "Drawer" otherwise. */
    public static <L extends AppLayout> L localize(L layout) {
        layout.setI18n(new AppLayout.AppLayoutI18n().setDrawer(t(layout, "vaadin.appLayout.drawer")));
        return layout;
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

    /**
     * A multi-select grid's check boxes: "Select All" and "Select Row" are fixed in the 25.2 web component (its i18n
     * API comes in 25.3), set once when a box is made. The selection column takes a renderer instead, which calls the
     * column's own one (the boxes and their listeners stay Vaadin's) and then names the box. Call after
     * {@code setSelectionMode(MULTI)}: that mode makes a new column. A grid without one is left alone.
     */
    public static <T> Grid<T> localize(Grid<T> grid) {
        String all = t(grid, "vaadin.grid.selectAll");
        String row = t(grid, "vaadin.grid.selectRow");
        // On every attach (JavaScript runs after the response's DOM changes, so the column is there by then).
        grid.addAttachListener(e -> nameBoxes(grid, all, row));
        return grid;
    }

    private static void nameBoxes(Grid<?> grid, String all, String row) {
        grid.getElement().executeJs("""
                const column = this.querySelector('vaadin-grid-flow-selection-column');
                if (!column) return;
                column.__selectAllName = $0;
                column.__selectRowName = $1;
                if (column.__namedBoxes) return;
                column.__namedBoxes = true;
                const body = column._defaultRenderer;
                const header = column._defaultHeaderRenderer;
                column.renderer = function (root, owner, model) {
                  body.call(this, root, owner, model);
                  if (root.firstElementChild) root.firstElementChild.accessibleName = this.__selectRowName;
                };
                column.headerRenderer = function (root, owner) {
                  header.call(this, root, owner);
                  if (root.firstElementChild) root.firstElementChild.accessibleName = this.__selectAllName;
                };""", all, row);
    }

    /** The eye button's name ("Show password"): the web component's i18n has it, Flow's 25.2 API does not. */
    public static PasswordField localize(PasswordField field) {
        revealName(field, "this", t(field, "vaadin.password.reveal"));
        return field;
    }

    /** The login form's own password field: same eye button. */
    public static LoginForm localize(LoginForm form) {
        revealName(form, "this.querySelector('vaadin-password-field')", t(form, "vaadin.password.reveal"));
        return form;
    }

    private static void revealName(Component c, String field, String name) {
        // After the element's own first render (the login form draws its fields then), on every attach.
        c.addAttachListener(e -> c.getElement().executeJs("Promise.resolve(this.updateComplete).then(() => {"
                + " const f = " + field + "; if (f) f.i18n = Object.assign({}, f.i18n, { reveal: $0 }); });", name));
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
