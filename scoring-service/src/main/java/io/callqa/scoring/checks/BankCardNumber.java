package io.callqa.scoring.checks;

/**
 * A bank-card number (银行卡号): 16 to 19 digits passing {@link Luhn}, with an issuer prefix a card can have:
 * 3 (JCB, Diners), 4 (Visa), 5 and 2221–2720 (Mastercard), 6 (UnionPay 62…, Discover) or 9 (older domestic cards
 * such as 9558…). Numbers starting 0, 1, 7, 8 or another 2… are order, ticket or account numbers, not cards.
 */
final class BankCardNumber {

    private BankCardNumber() {
    }

    static boolean isValid(String digits) {
        return digits.length() >= 16 && digits.length() <= 19 && Luhn.isValid(digits) && issuerPrefix(digits);
    }

    private static boolean issuerPrefix(String digits) {
        char first = digits.charAt(0);
        if (first == '2') {
            int four = Integer.parseInt(digits.substring(0, 4));
            return four >= 2221 && four <= 2720;
        }
        return first == '3' || first == '4' || first == '5' || first == '6' || first == '9';
    }
}
