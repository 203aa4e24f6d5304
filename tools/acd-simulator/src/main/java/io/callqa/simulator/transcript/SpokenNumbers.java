package io.callqa.simulator.transcript;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up but well-formed numbers an agent must never read out: an 18-digit resident ID (with its check character)
 * and a 19-digit bank card (with its Luhn digit), written as digits or as speech recognition hears them (幺三八…).
 */
final class SpokenNumbers {

    private static final List<String> REGIONS = List.of("110105", "310104", "440305", "330106", "510107", "420111");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final String SPOKEN_DIGITS = "零幺二三四五六七八九";

    private SpokenNumbers() {
    }

    static String idCard(SplittableRandom random) {
        String body = REGIONS.get(random.nextInt(REGIONS.size()))
                + (1960 + random.nextInt(45))
                + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
                + String.format("%03d", random.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return body + ID_CHECK.charAt(sum % 11);
    }

    static String bankCard(SplittableRandom random) {
        StringBuilder body = new StringBuilder(random.nextBoolean() ? "622202" : "621700");
        while (body.length() < 18) {
            body.append((char) ('0' + random.nextInt(10)));
        }
        return body.append(luhnDigit(body)).toString();
    }

    /** As the agent said it: plain digits, or spelled out the way speech recognition writes it. */
    static String spoken(String number, SplittableRandom random) {
        if (random.nextBoolean()) {
            return number;
        }
        StringBuilder spoken = new StringBuilder();
        for (char c : number.toCharArray()) {
            spoken.append(Character.isDigit(c) ? SPOKEN_DIGITS.charAt(c - '0') : c);
        }
        return spoken.toString();
    }

    static char luhnDigit(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
