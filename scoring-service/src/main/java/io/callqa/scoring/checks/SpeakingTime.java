package io.callqa.scoring.checks;

import java.time.Duration;

/**
 * An estimate of how long an utterance took to say, since a transcript line carries only its start: one unit per
 * Chinese character, per digit (numbers are read digit by digit) and per word of Latin letters, times the
 * configured time per unit (default 250 ms, about four Chinese characters a second). Punctuation and spaces count
 * nothing.
 */
final class SpeakingTime {

    private final long millisPerUnit;

    SpeakingTime(Duration perUnit) {
        this.millisPerUnit = perUnit.toMillis();
    }

    long millis(String text) {
        return units(text) * millisPerUnit;
    }

    static int units(String text) {
        int units = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean latin = c < 128 && Character.isLetter(c);
            if (Character.isIdeographic(c) || Character.isDigit(c) || latin && !inWord) {
                units++;
            }
            inWord = latin;
        }
        return units;
    }
}
