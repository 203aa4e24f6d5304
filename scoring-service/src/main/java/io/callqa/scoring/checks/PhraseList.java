package io.callqa.scoring.checks;

import java.util.List;

/**
 * A configured list of literal phrases and which of them an utterance contains. Both sides are compared as
 * {@link Texts#forPhrases} prepares them; a phrase that begins or ends with a Latin letter or digit only matches
 * at a word boundary there ({@code bye} is found in "OK, bye!" but not in "maybe").
 */
final class PhraseList {

    private final List<String> phrases;

    PhraseList(List<String> phrases) {
        this.phrases = phrases.stream().filter(p -> !Texts.forPhrases(p).isEmpty()).toList();
    }

    /** The configured phrases the text contains, in configured order. */
    List<String> foundIn(String text) {
        String prepared = Texts.forPhrases(text);
        return phrases.stream().filter(p -> contains(prepared, Texts.forPhrases(p))).toList();
    }

    boolean anyIn(String text) {
        return !foundIn(text).isEmpty();
    }

    private static boolean contains(String text, String phrase) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            if (boundary(text, at - 1, phrase.charAt(0)) && boundary(text, at + phrase.length(),
                    phrase.charAt(phrase.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text may continue at {@code index} next to the phrase's edge character {@code edge}. */
    private static boolean boundary(String text, int index, char edge) {
        if (index < 0 || index >= text.length() || !isLatinWordChar(edge)) {
            return true;
        }
        return !isLatinWordChar(text.charAt(index));
    }

    private static boolean isLatinWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
