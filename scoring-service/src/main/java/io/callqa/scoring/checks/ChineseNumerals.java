package io.callqa.scoring.checks;

/**
 * Digits as speech recognition writes them when a number is read out digit by digit: ASCII and full-width digits,
 * and the Chinese numerals 零/〇 (0), 一/幺 (1), 二/两 (2), 三…九. Positional words (十, 百, 千, 万) are not digits,
 * so an amount such as 一千二百 never becomes a run of digits.
 */
final class ChineseNumerals {

    private static final String ZERO_TO_NINE = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The digit 0–9 the character stands for, or -1. */
    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return c - '\uFF10';
        }
        return switch (c) {
            case '〇' -> 0;
            case '幺' -> 1;
            case '两' -> 2;
            default -> ZERO_TO_NINE.indexOf(c);
        };
    }

    /** The text with every digit character replaced by its ASCII digit; everything else unchanged. */
    static String normalised(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            int digit = digit(c);
            out.append(digit >= 0 ? (char) ('0' + digit) : c);
        }
        return out.toString();
    }
}
