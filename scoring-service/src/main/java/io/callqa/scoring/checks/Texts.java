package io.callqa.scoring.checks;

import java.util.Locale;
import java.util.regex.Pattern;

import io.callqa.events.CallRecorded.TranscriptLine;

/**
 * How utterances are prepared for matching: lower case, typographic apostrophes made plain, whitespace collapsed;
 * for phrase matching also without punctuation and without the spaces speech recognition puts between Chinese
 * characters, so that {@code 你问我，我问谁} and {@code 你问我 我问谁？} read alike.
 */
final class Texts {

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}&&[^']]");
    private static final Pattern SPACE_BY_HAN = Pattern.compile("(?<=\\p{IsHan})\\s+|\\s+(?=\\p{IsHan})");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {
    }

    /** The utterance's text, never null. */
    static String of(TranscriptLine utterance) {
        return utterance.text() == null ? "" : utterance.text();
    }

    /** For regular expressions: lower case, plain apostrophes, single spaces; punctuation kept. */
    static String forPatterns(String text) {
        String plain = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u3000', ' ');
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** For literal phrases: as {@link #forPatterns} and without punctuation or spaces next to Chinese characters. */
    static String forPhrases(String text) {
        String bare = PUNCTUATION.matcher(forPatterns(text)).replaceAll(" ");
        bare = SPACES.matcher(bare).replaceAll(" ").trim();
        return SPACE_BY_HAN.matcher(bare).replaceAll("");
    }
}
