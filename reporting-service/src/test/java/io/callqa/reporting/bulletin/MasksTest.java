package io.callqa.reporting.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MasksTest {

    @Test
    void mobileKeepsFirstThreeAndLastFour() {
        assertEquals("请拨打138****5678联系", Masks.mask("请拨打13812345678联系"));
    }

    @Test
    void longerRunsKeepFirstThreeAndLastFourIdCardXIncluded() {
        assertEquals("card 622*********1234", Masks.mask("card 6222021234561234"));
        assertEquals("身份证110***********123X。", Masks.mask("身份证11010119900307123X。"));
    }

    @Test
    void runsWithSeparatorsKeepThemAndTheirLastFour() {
        assertEquals("call 010-**** 2100 or ****-2100", Masks.mask("call 010-6543 2100 or 6543-2100"));
    }

    @Test
    void shortNumbersAndMaskedTextStay() {
        assertEquals("退款 300 元, 工单 123456", Masks.mask("退款 300 元, 工单 123456"));
        assertEquals("138****5678", Masks.mask(Masks.mask("13812345678")));
        assertNull(Masks.mask(null));
    }

    @Test
    void offsetsAsMinutesAndSeconds() {
        assertEquals("01:05", Masks.atOffset(65_400L));
        assertEquals("75:03", Masks.minutesSeconds(4503L));
        assertNull(Masks.atOffset(null));
    }
}
