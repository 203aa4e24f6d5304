package io.callqa.scoring.checks;

import java.util.List;
import java.util.Optional;

/**
 * ID and bank-card numbers in an utterance, and the utterance with them masked. A run of digits (see
 * {@link DigitRun}) is an ID number when it is a valid {@link ResidentIdNumber}, otherwise a bank card when it is a
 * valid {@link BankCardNumber}. Masking is wider than detection, because a quote must never carry a full number,
 * nor a phone number in clear: every run of 7 or more digits, valid or not, is masked, whether it was spoken as
 * digits or as Chinese numerals. Runs of 11 or more keep their first 3 and last 4 digits ({@code 110***********1234},
 * a mobile number {@code 138****8000}, as callers are shown everywhere), shorter ones only their last 4.
 */
final class SensitiveNumbers {

    static final int MASKED_FROM_LENGTH = 7;
    private static final int KEEPS_HEAD_FROM_LENGTH = 11;

    /** One number found: its kind ({@link Check#ID_NUMBER} or {@link Check#BANK_CARD}) and where it was said. */
    record Found(Check kind, DigitRun run) {
    }

    private SensitiveNumbers() {
    }

    static List<Found> in(String text) {
        return DigitRun.in(text).stream().map(SensitiveNumbers::classify).flatMap(Optional::stream).toList();
    }

    static String masked(String text) {
        StringBuilder out = new StringBuilder(text);
        List<DigitRun> runs = DigitRun.in(text);
        for (int i = runs.size() - 1; i >= 0; i--) {
            DigitRun run = runs.get(i);
            if (run.length() >= MASKED_FROM_LENGTH) {
                out.replace(run.start(), run.end(), mask(run.digits()));
            }
        }
        return out.toString();
    }

    static String mask(String digits) {
        int head = digits.length() >= KEEPS_HEAD_FROM_LENGTH ? 3 : 0;
        return digits.substring(0, head) + "*".repeat(digits.length() - head - 4) + digits.substring(digits.length() - 4);
    }

    private static Optional<Found> classify(DigitRun run) {
        if (ResidentIdNumber.isValid(run.digits())) {
            return Optional.of(new Found(Check.ID_NUMBER, run));
        }
        return BankCardNumber.isValid(run.digits()) ? Optional.of(new Found(Check.BANK_CARD, run)) : Optional.empty();
    }
}
