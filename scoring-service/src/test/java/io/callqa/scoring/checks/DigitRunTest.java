package io.callqa.scoring.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class DigitRunTest {

    @Test
    void chineseNumeralsReadDigitByDigitBecomeDigits() {
        assertEquals("110105199003071239", ChineseNumerals.normalised("幺幺零幺零五幺九九零零三零七幺二三九"));
        assertEquals("0122", ChineseNumerals.normalised("〇一二两"));
        assertEquals("123", ChineseNumerals.normalised("１２３"));
    }

    @Test
    void positionalNumeralsAreNotDigitRuns() {
        assertEquals(List.of("1", "2"), digits("一千二百元"));
        assertEquals(List.of("2", "2"), digits("二十二G"));
    }

    @Test
    void spacesAndHyphensBetweenDigitsKeepTheRunTogether() {
        assertEquals(List.of("6222021234567890128"), digits("卡号6222 0212-3456 7890 128，对吗"));
        assertEquals(List.of("138", "0013"), digits("138  0013"));
    }

    @Test
    void mixturesOfDigitsAndNumeralsAreOneRun() {
        assertEquals(List.of("110105199003071239"), digits("110105一九九零0307幺二三九"));
    }

    @Test
    void xFollowsOnlySeventeenDigits() {
        assertEquals(List.of("11010519491231002X"), digits("号码11010519491231002X对吧"));
        assertEquals(List.of("123"), digits("123X"));
    }

    @Test
    void runsKnowWhereTheyAreInTheText() {
        DigitRun run = DigitRun.in("是幺三八 0013 8000。").get(0);
        assertEquals(1, run.start());
        assertEquals(14, run.end());
        assertEquals("13800138000", run.digits());
    }

    private static List<String> digits(String text) {
        return DigitRun.in(text).stream().map(DigitRun::digits).toList();
    }
}
