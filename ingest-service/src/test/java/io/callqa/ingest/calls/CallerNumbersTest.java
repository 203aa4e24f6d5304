package io.callqa.ingest.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CallerNumbersTest {

    private final CallerNumbers numbers = new CallerNumbers("a-secret-key-of-enough-length");

    @Test
    void sameNumberAlwaysGivesTheSameHashWhateverItsFormatting() {
        assertEquals(numbers.hash("13800135678"), numbers.hash("138-0013-5678"));
        assertEquals(numbers.hash("13800135678"), numbers.hash("+86 138 0013 5678"));
        assertEquals(numbers.hash("13800135678"), numbers.hash("0086-13800135678"));
        assertNotEquals(numbers.hash("13800135678"), numbers.hash("13800135679"));
    }

    @Test
    void anotherKeyGivesAnotherHash() {
        assertNotEquals(numbers.hash("13800135678"), new CallerNumbers("another-secret-key-123").hash("13800135678"));
    }

    @Test
    void masksTheMiddleOfTheNumber() {
        assertEquals("138****5678", CallerNumbers.mask("13800135678"));
        assertEquals("01****4567", CallerNumbers.mask("0123-4567"));
        assertEquals("****", CallerNumbers.mask("110"));
        assertNull(CallerNumbers.mask(null));
        assertNull(numbers.hash(""));
    }

    @Test
    void refusesAShortKey() {
        assertThrows(IllegalArgumentException.class, () -> new CallerNumbers("short"));
    }

    @Test
    void masksMobileNumbersInsideFreeText() {
        assertEquals("客户138****5678投诉, 回拨 139****0000; 订单 20261102123456 不变",
                CallerNumbers.maskMobiles("客户13812345678投诉, 回拨 +86 139-1234-0000; 订单 20261102123456 不变"));
    }
}
