package io.callqa.scoring.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

    @Test
    void acceptsNumbersWhoseCheckDigitMatches() {
        assertTrue(ResidentIdNumber.isValid("110105199003071239"));
        assertTrue(ResidentIdNumber.isValid("330106200002291136"));
        assertEquals('9', ResidentIdNumber.checkCharacter("11010519900307123"));
    }

    @Test
    void checkCharacterTenIsWrittenXInEitherCase() {
        assertEquals('X', ResidentIdNumber.checkCharacter("11010519491231002"));
        assertTrue(ResidentIdNumber.isValid("11010519491231002X"));
        assertTrue(ResidentIdNumber.isValid("11010519491231002x"));
        assertFalse(ResidentIdNumber.isValid("110105194912310020"));
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertFalse(ResidentIdNumber.isValid("110105199003071234"));
        assertFalse(ResidentIdNumber.isValid("11010519900307123X"));
    }

    @Test
    void rejectsImpossibleBirthDatesAndRegions() {
        String feb30 = "11010519900230123";
        String region0 = "01010519900307123";
        String year1850 = "11010518500307123";
        assertFalse(ResidentIdNumber.isValid(feb30 + ResidentIdNumber.checkCharacter(feb30)));
        assertFalse(ResidentIdNumber.isValid(region0 + ResidentIdNumber.checkCharacter(region0)));
        assertFalse(ResidentIdNumber.isValid(year1850 + ResidentIdNumber.checkCharacter(year1850)));
    }

    @Test
    void rejectsOtherLengths() {
        assertFalse(ResidentIdNumber.isValid("11010519900307123"));
        assertFalse(ResidentIdNumber.isValid("1101051990030712390"));
    }
}
