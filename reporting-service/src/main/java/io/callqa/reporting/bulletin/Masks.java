package io.callqa.reporting.bulletin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what looks like a phone, ID or bank number in text shown to people (quotes, comments, complaint content),
 * even though scoring masked quotes already: a run of 7 or more digits (single spaces or hyphens between digits
 * allowed, an ID card's final {@code X} included) keeps its last 4 digits and, from 11 digits up, its first 3;
 * every other digit becomes {@code *}. So {@code 13812345678} is {@code 138****5678}, a 16-digit card
 * {@code 622*********1234}, a landline {@code 6543 2100} {@code **** 2100}. Shorter numbers (amounts, times) stay.
 * Masking masked text changes nothing.
 */
public final class Masks {

    private static final Pattern RUN = Pattern.compile("\\d(?:[ -]?\\d){6,}(?:[Xx](?![A-Za-z0-9]))?");

    private Masks() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = RUN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(maskRun(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String maskRun(String run) {
        int digits = (int) run.chars().filter(c -> Character.isDigit(c) || c == 'X' || c == 'x').count();
        int keepFirst = digits >= 11 ? 3 : 0;
        int keepFrom = digits - 4;
        StringBuilder out = new StringBuilder(run.length());
        int seen = 0;
        for (char c : run.toCharArray()) {
            if (c == ' ' || c == '-') {
                out.append(c);
                continue;
            }
            out.append(seen < keepFirst || seen >= keepFrom ? c : '*');
            seen++;
        }
        return out.toString();
    }

    /** An offset into the recording as {@code mm:ss} (minutes beyond 59 keep counting: {@code 75:03}); null stays null. */
    public static String atOffset(Long millis) {
        return millis == null ? null : minutesSeconds(millis / 1000);
    }

    /** Seconds as {@code mm:ss}. */
    public static String minutesSeconds(long seconds) {
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }
}
