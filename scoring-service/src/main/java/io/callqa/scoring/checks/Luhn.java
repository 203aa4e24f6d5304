package io.callqa.scoring.checks;

/** The Luhn (mod 10) check digit that every payment-card number ends with (ISO/IEC 7812). */
final class Luhn {

    private Luhn() {
    }

    /** Whether the digits, check digit last, pass the Luhn test; false for anything but ASCII digits. */
    static boolean isValid(String digits) {
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
        }
        return sum % 10 == 0;
    }
}
