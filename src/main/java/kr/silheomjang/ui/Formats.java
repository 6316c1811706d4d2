package kr.silheomjang.ui;

import java.text.DateFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.timepicker.TimePicker;

import kr.silheomjang.Application;

/** Dates as Korean users read them ("2026년 11월 26일 (목)"), always in Asia/Seoul. */
public final class Formats {

    /*
     * The patterns are words too ("년", "월", "일"), so they live in the bundles (formats.date, formats.dateTime) like
     * every other text; read once per language. Static because services and views call these without a component.
     */
    private static final DateTimeFormatter KO_DATE = pattern(Languages.KOREAN, "formats.date");
    private static final DateTimeFormatter EN_DATE = pattern(Languages.ENGLISH, "formats.date");
    private static final DateTimeFormatter KO_TIME = pattern(Languages.KOREAN, "formats.dateTime")
            .withZone(Application.ZONE);
    private static final DateTimeFormatter EN_TIME = pattern(Languages.ENGLISH, "formats.dateTime")
            .withZone(Application.ZONE);

    private static DateTimeFormatter pattern(Locale language, String key) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return DateTimeFormatter.ofPattern(bundle.getString(key), language);
    }

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return (isEnglish(locale) ? EN_DATE : KO_DATE).format(date);
    }

    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return (isEnglish(locale) ? EN_TIME : KO_TIME).format(instant);
    }

    /** Month and weekday names, first day of week and input format of a date picker in the UI's language. */
    public static void localize(DatePicker picker, Locale locale) {
        Locale target = Languages.supportedOrDefault(locale);
        picker.setI18n(datePickerI18n(picker, locale));
        picker.setLocale(pickerLocale(locale));
        titleInOrder(picker, picker.getTranslation(target, "datepicker.title"));
    }

    /**
     * A time picker in the UI's language: Korean shows "오후 2:00", English "2:00 PM". A picker fixed to Korea showed
     * Korean on English pages.
     */
    public static void localize(TimePicker picker, Locale locale) {
        picker.setLocale(pickerLocale(locale));
    }

    /** The locale a picker formats with: Korea for Korean, the US for English (the web components want a country). */
    private static Locale pickerLocale(Locale locale) {
        return Languages.supportedOrDefault(locale) == Languages.KOREAN ? Locale.KOREA : Locale.US;
    }

    /** A date picker's texts and accepted formats in the UI's language (also a date-time picker's date part). */
    static DatePicker.DatePickerI18n datePickerI18n(com.vaadin.flow.component.Component picker, Locale locale) {
        Locale target = Languages.supportedOrDefault(locale);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(target);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12));
        i18n.setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8));
        i18n.setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8));
        i18n.setFirstDayOfWeek(0);
        i18n.setToday(picker.getTranslation(target, "datepicker.today"));
        i18n.setCancel(picker.getTranslation(target, "datepicker.cancel"));
        // Shown as ISO; typed also the way Korean users write dates ("2026. 12. 1.").
        i18n.setDateFormats("yyyy-MM-dd", "yyyy. M. d.", "yyyy. M. d", "yyyy.M.d.", "yyyy.M.d", "yyyy/M/d");
        return i18n;
    }

    /**
     * The overlay's month title in the language's order ("2027년 3월", "March 2027"). The web component takes it from
     * {@code i18n.formatTitle}, a function Flow's i18n object cannot carry; and the Flow connector replaces the whole
     * i18n whenever Flow sends it. So the connector's update is wrapped once per element: after it, the title function
     * is put back. Runs on every attach (a re-attached element is a new client-side element).
     */
    private static void titleInOrder(DatePicker picker, String pattern) {
        ComponentUtil.setData(picker, TITLE_PATTERN, pattern);
        if (ComponentUtil.getData(picker, TITLE_HOOKED) == null) {
            ComponentUtil.setData(picker, TITLE_HOOKED, Boolean.TRUE);
            picker.addAttachListener(e -> sendTitle(picker));
            if (picker.isAttached()) {
                sendTitle(picker);
            }
        }
    }

    private static void sendTitle(DatePicker picker) {
        picker.getElement().executeJs(TITLE_JS, String.valueOf(ComponentUtil.getData(picker, TITLE_PATTERN)));
    }

    /** The title's pattern from the bundle: {0} the month's name, {1} the year. */
    private static final String TITLE_PATTERN = "formats.title.pattern";
    private static final String TITLE_HOOKED = "formats.title.hooked";
    private static final String TITLE_JS = """
            const picker = this;
            picker.__titlePattern = $0;
            const apply = () => {
              const pattern = picker.__titlePattern;
              const title = (month, year) => pattern.replace('{0}', month).replace('{1}', year);
              picker.i18n = Object.assign({}, picker.i18n, { formatTitle: title });
            };
            window.Vaadin.Flow.datepickerConnector.initLazy(picker);
            const connector = picker.$connector;
            if (!connector.__titleWrapped) {
              const update = connector.updateI18n;
              connector.updateI18n = (locale, i18n) => { update(locale, i18n); apply(); };
              connector.__titleWrapped = true;
            }
            apply();
            """;

    private static boolean isEnglish(Locale locale) {
        return Languages.supportedOrDefault(locale) == Languages.ENGLISH;
    }
}
