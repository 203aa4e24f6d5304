package io.callqa.scoring.checks;

import java.util.ArrayList;
import java.util.List;

/**
 * A number as it was spoken in an utterance: characters {@code start} (inclusive) to {@code end} (exclusive) of the
 * text, and the ASCII digits they stand for. A run is digits (see {@link ChineseNumerals}) where a single space or
 * hyphen may separate two digits, and where an {@code X} may follow exactly seventeen digits (the check character
 * of a resident ID).
 */
record DigitRun(int start, int end, String digits) {

    private static final String SEPARATORS = " -\u3000\u2010\u2011\u2013\uFF0D";

    /** Every run in the text, left to right. */
    static List<DigitRun> in(String text) {
        List<DigitRun> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (ChineseNumerals.digit(text.charAt(i)) >= 0) {
                DigitRun run = from(text, i);
                runs.add(run);
                i = run.end();
            } else {
                i++;
            }
        }
        return runs;
    }

    private static DigitRun from(String text, int start) {
        StringBuilder digits = new StringBuilder();
        int i = start;
        while (i < text.length() && ChineseNumerals.digit(text.charAt(i)) >= 0) {
            digits.append((char) ('0' + ChineseNumerals.digit(text.charAt(i))));
            i = separatorSkipped(text, i + 1);
        }
        if (digits.length() == 17 && i < text.length() && (text.charAt(i) == 'X' || text.charAt(i) == 'x')) {
            digits.append('X');
            i++;
        }
        return new DigitRun(start, i, digits.toString());
    }

    /** {@code i}, or the index after a single separator at {@code i} when a digit follows it. */
    private static int separatorSkipped(String text, int i) {
        boolean separator = i + 1 < text.length() && SEPARATORS.indexOf(text.charAt(i)) >= 0;
        return separator && ChineseNumerals.digit(text.charAt(i + 1)) >= 0 ? i + 1 : i;
    }

    int length() {
        return digits.length();
    }
}
