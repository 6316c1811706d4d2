package kr.silheomjang.budget;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts in whole won: in Korean text {@code 1,234,000원}, in English text {@code ₩1,234,000}, and {@code ₩1,234,000}
 * where a symbol reads better (tables). The unit is part of the number format of each language, like the grouping
 * comma, so it lives here rather than in a bundle; parsing accepts both. Never a floating-point amount: percentages are computed from longs and rounded half up to one
 * decimal only for display.
 */
public final class Won {

    /** The largest amount a line, an expense or the cap may have: 100억 원 (anything above is a typo). */
    public static final long MAX = 10_000_000_000L;

    private Won() {
    }

    private static DecimalFormat grouping() {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.KOREA));
    }

    /** Korean "1,234,000원" (negative: "-1,234,000원"); English "₩1,234,000" ("-₩1,234,000"). Korean by default. */
    public static String text(long won, @org.jspecify.annotations.Nullable Locale locale) {
        if (locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return symbol(won);
        }
        return grouping().format(won) + "원";
    }

    /** "₩1,234,000" (negative: "-₩1,234,000"). */
    public static String symbol(long won) {
        return (won < 0 ? "-" : "") + "₩" + grouping().format(Math.abs(won));
    }

    /** A variance: "+₩20,000", "-₩30,000", "₩0". */
    public static String signedSymbol(long won) {
        return (won > 0 ? "+" : "") + symbol(won);
    }

    /** "+12.5%" / "-3.0%" of {@code part} against {@code whole}; "-" when nothing is planned. */
    public static String percent(long part, long whole) {
        if (whole == 0) {
            return "-";
        }
        // Tenths of a percent, rounded half up, in exact decimal arithmetic.
        long tenths = java.math.BigDecimal.valueOf(part).multiply(java.math.BigDecimal.valueOf(1000))
                .divide(java.math.BigDecimal.valueOf(whole), 0, java.math.RoundingMode.HALF_UP).longValueExact();
        long abs = Math.abs(tenths);
        String sign = tenths > 0 ? "+" : tenths < 0 ? "-" : "";
        return sign + (abs / 10) + "." + (abs % 10) + "%";
    }

    /** The same share as a number with one decimal (12.5 for +12.5%), for exports; null when nothing is planned. */
    public static java.math.@org.jspecify.annotations.Nullable BigDecimal percentValue(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return java.math.BigDecimal.valueOf(part).multiply(java.math.BigDecimal.valueOf(100))
                .divide(java.math.BigDecimal.valueOf(whole), 1, java.math.RoundingMode.HALF_UP);
    }

    /** Parses what a person typed ("1,234,000", "1234000원", "₩ 50,000", "KRW 7,000"); null when it is not a whole number. */
    public static @org.jspecify.annotations.Nullable Long parse(@org.jspecify.annotations.Nullable String typed) {
        if (typed == null) {
            return null;
        }
        String number = typed.replaceAll("(?i)KRW|[\\s원₩]", "");
        // Commas only where they group thousands: "1,2,3" or "12,34" is a slip of the finger, not 123 or 1,234.
        if (number.indexOf(',') >= 0 && !number.matches("-?\\d{1,3}(,\\d{3})+")) {
            return null;
        }
        String digits = number.replace(",", "");
        if (!digits.matches("-?\\d+")) {
            return null;
        }
        // A whole number too long for a long is still one: the nearest long, which the rules refuse as too big
        // (above MAX) or negative, rather than "not a whole number".
        java.math.BigInteger value = new java.math.BigInteger(digits);
        return value.bitLength() < Long.SIZE ? value.longValue() : value.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
    }
}
