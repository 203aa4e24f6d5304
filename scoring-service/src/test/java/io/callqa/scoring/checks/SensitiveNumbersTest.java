package io.callqa.scoring.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SensitiveNumbersTest {

    @Test
    void idNumbersAndCardsAreTold() {
        assertEquals(List.of(Check.ID_NUMBER, Check.BANK_CARD),
                kinds("身份证110105199003071239，卡号6228 4800 1234 5671。"));
    }

    @Test
    void numbersFailingTheirChecksAreNotSensitive() {
        assertTrue(kinds("订单号110105199003071234").isEmpty());
        assertTrue(kinds("工单号6228480012345672").isEmpty());
        assertTrue(kinds("电话13800138000").isEmpty());
    }

    @Test
    void masksKeepTheFirstThreeAndLastFourDigits() {
        assertEquals("您的身份证号是110***********1239，对吗？", SensitiveNumbers.masked("您的身份证号是110105199003071239，对吗？"));
        assertEquals("卡号622************0128", SensitiveNumbers.masked("卡号6222 0212 3456 7890 128"));
        assertEquals("110***********002X", SensitiveNumbers.masked("11010519491231002X"));
    }

    @Test
    void numbersSpokenInChineseNumeralsAreMaskedAfterNormalising() {
        assertEquals("号码是110***********1239对吗", SensitiveNumbers.masked("号码是幺幺零幺零五幺九九零零三零七幺二三九对吗"));
    }

    @Test
    void longRunsAreMaskedEvenWhenTheyFailTheirChecksAndPhoneNumbersToo() {
        assertEquals("订单号110***********1234", SensitiveNumbers.masked("订单号110105199003071234"));
        assertEquals("电话138****8000", SensitiveNumbers.masked("电话13800138000"));
        assertEquals("电话138****8000", SensitiveNumbers.masked("电话幺三八零零幺三八零零零"));
        assertEquals("座机****5678", SensitiveNumbers.masked("座机82345678"));
        assertEquals("金额1200元，共3笔", SensitiveNumbers.masked("金额1200元，共3笔"));
    }

    private static List<Check> kinds(String text) {
        return SensitiveNumbers.in(text).stream().map(SensitiveNumbers.Found::kind).toList();
    }
}
