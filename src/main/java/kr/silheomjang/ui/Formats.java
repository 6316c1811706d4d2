package kr.silheomjang.ui;

import java.text.DateFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;

import kr.silheomjang.Application;

/** Dates as Korean users read them ("2026년 11월 26일 (목)"), always in Asia/Seoul. */
public final class Formats {

    private static final DateTimeFormatter KO_DATE = DateTimeFormatter.ofPattern("yyyy년 M월 d일 (E)", Locale.KOREAN);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter KO_TIME =
            DateTimeFormatter.ofPattern("yyyy년 M월 d일 a h:mm", Locale.KOREAN).withZone(Application.ZONE);
    private static final DateTimeFormatter EN_TIME =
            DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a", Locale.ENGLISH).withZone(Application.ZONE);

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
        picker.setI18n(i18n);
        picker.setLocale(target == Languages.KOREAN ? Locale.KOREA : Locale.US);
    }

    private static boolean isEnglish(Locale locale) {
        return Languages.supportedOrDefault(locale) == Languages.ENGLISH;
    }
}
