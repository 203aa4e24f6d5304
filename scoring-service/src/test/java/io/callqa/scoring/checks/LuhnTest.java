package io.callqa.scoring.checks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LuhnTest {

    @Test
    void acceptsCardNumbersWithTheirCheckDigit() {
        assertTrue(Luhn.isValid("4111111111111111"));
        assertTrue(Luhn.isValid("6222021234567890128"));
        assertTrue(Luhn.isValid("79927398713"));
    }

    @Test
    void rejectsAnyOtherLastDigitAndNonDigits() {
        assertFalse(Luhn.isValid("4111111111111112"));
        assertFalse(Luhn.isValid("6222021234567890127"));
        assertFalse(Luhn.isValid("4111 1111 1111 1111"));
        assertFalse(Luhn.isValid(""));
    }

    @Test
    void bankCardNeedsSixteenToNineteenDigitsAndAnIssuerPrefix() {
        assertTrue(BankCardNumber.isValid("6228480012345671"));
        assertTrue(BankCardNumber.isValid("9558801234567890128"));
        assertTrue(BankCardNumber.isValid("2221000000000009"));
        assertFalse(BankCardNumber.isValid("520000000000126"), "15 digits");
        assertFalse(BankCardNumber.isValid("1234567812345670"), "Luhn-valid but no card starts with 1");
        assertFalse(BankCardNumber.isValid("2024010112345676"), "an order number dated 2024");
    }
}
