package io.callqa.scoring.checks;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The 18-character resident ID number (居民身份证号码, GB 11643-1999): a six-digit region code starting 1–8, a birth
 * date {@code yyyyMMdd} from 1900 on, a three-digit sequence number and a check character (ISO 7064 MOD 11-2,
 * {@code X} standing for 10). The region and date tests keep 18-digit order numbers that happen to carry a valid
 * check character from passing as ID numbers.
 */
final class ResidentIdNumber {

    private static final String CHECK_CHARACTERS = "10X98765432";

    private ResidentIdNumber() {
    }

    static boolean isValid(String number) {
        return number.length() == 18 && number.substring(0, 17).chars().allMatch(Character::isDigit)
                && number.charAt(0) >= '1' && number.charAt(0) <= '8'
                && validBirthDate(number.substring(6, 14))
                && Character.toUpperCase(number.charAt(17)) == checkCharacter(number.substring(0, 17));
    }

    /** The check character of the first seventeen digits: weights 2^(17-i) mod 11, {@code "10X98765432"[sum mod 11]}. */
    static char checkCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = (1 << (17 - i)) % 11;
            sum += (body.charAt(i) - '0') * weight;
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static boolean validBirthDate(String yyyymmdd) {
        int year = Integer.parseInt(yyyymmdd.substring(0, 4));
        try {
            LocalDate.of(year, Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6)));
            return year >= 1900 && year <= 2099;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
