package kr.silheomjang.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the Korean particle after a word the message does not know in advance: a bundle writes "{0}을(를)" or
 * "{1}(으)로", and once the word is in, "예산 한도 2,500,000원을", "기획으로", "게스트로". Decided by the word's last
 * syllable (its final consonant; for 로 a final ㄹ counts as none), looking through closing quotes and brackets and a
 * title's own closing marks ("'…열렸다?!'는"), and by the Korean reading of a final digit. Anything else (a Latin
 * word, an e-mail address) keeps both forms, as before. In {@code shared} because the translation provider and a
 * mailing's merge fields (followup.MailMerge) both settle particles with it.
 */
public final class KoreanParticles {

    /** The forms a bundle uses, each as (after a final consonant)(after none). */
    private static final Pattern CHOICE = Pattern.compile("을\\(를\\)|이\\(가\\)|은\\(는\\)|과\\(와\\)|와\\(과\\)|\\(으\\)로");
    private static final String CLOSING = "'\"’”」』)]>?!.…~";

    private KoreanParticles() {
    }

    /** {@code text} with every particle choice settled where the word before it tells which. */
    public static String resolve(String text) {
        if (text.indexOf('(') < 0) {
            return text;
        }
        Matcher m = CHOICE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            Boolean coda = codaBefore(text, m.start());
            String choice = m.group();
            String settled;
            if (coda == null) {
                settled = choice;
            } else if (choice.equals("(으)로")) {
                settled = coda && !rieul(text, m.start()) ? "으로" : "로";
            } else if (choice.startsWith("와")) {
                settled = coda ? "과" : "와";
            } else {
                settled = coda ? choice.substring(0, 1) : choice.substring(2, 3);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(settled));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** The particle 로 after {@code word}: 으로 after a final consonant other than ㄹ, else 로; both when unknown. */
    public static String ro(String word) {
        if (word.isEmpty()) {
            return "로";
        }
        return resolve(word + "(으)로").substring(word.length());
    }

    /** Whether the word ending before {@code at} ends in a final consonant; null when that cannot be told. */
    private static Boolean codaBefore(String text, int at) {
        int i = lastLetter(text, at);
        if (i < 0) {
            return null;
        }
        char c = text.charAt(i);
        if (c >= '가' && c <= '힣') {
            return (c - '가') % 28 != 0;
        }
        if (c >= '0' && c <= '9') {
            return digitCoda(text, i) != 0;
        }
        return null;
    }

    /** Whether that final consonant is ㄹ (로, not 으로). */
    private static boolean rieul(String text, int at) {
        int i = lastLetter(text, at);
        char c = text.charAt(i);
        if (c >= '가' && c <= '힣') {
            return (c - '가') % 28 == 8;
        }
        return digitCoda(text, i) == 8;
    }

    private static int lastLetter(String text, int at) {
        int i = at - 1;
        while (i >= 0 && CLOSING.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i;
    }

    /**
     * The final consonant (as in Unicode's syllable order: 0 none, 1 ㄱ, 4 ㄴ, 8 ㄹ, 16 ㅁ, 17 ㅂ, 21 ㅇ) of a number ending
     * at {@code end}, read in Korean: 일, 이, 삼 … for the last digit; 십, 백, 천, 만, 억 for trailing zeros.
     */
    private static int digitCoda(String text, int end) {
        char last = text.charAt(end);
        if (last != '0') {
            return new int[] {21, 8, 0, 16, 0, 0, 1, 8, 8, 0}[last - '0'];
        }
        int zeros = 0;
        boolean other = false;
        for (int i = end; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ',') {
                continue;
            }
            if (c == '0') {
                if (other) {
                    break;
                }
                zeros++;
            } else if (c >= '1' && c <= '9') {
                other = true;
                break;
            } else {
                break;
            }
        }
        if (!other) {
            return 21; // 영
        }
        return switch (zeros) {
            case 1 -> 17; // 십
            case 2 -> 1; // 백
            case 3 -> 4; // 천
            case 4, 5, 6, 7 -> 4; // 만
            default -> 1; // 억 and beyond
        };
    }
}
