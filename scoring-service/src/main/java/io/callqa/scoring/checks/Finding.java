package io.callqa.scoring.checks;

import io.callqa.events.CallRecorded.TranscriptLine;

/**
 * One result of an automatic check, for the evaluator to accept or dismiss: which rule fired and on what
 * ({@code rule}), the utterance it fired on ({@code line}, its index in the transcript, and {@code offsetMs}),
 * the utterance's text with every ID or bank-card number masked ({@code quote}), and the scorecard item, reason
 * code and points an accepted finding pre-fills ({@code suggestedDeduction} is 0 for red-line items, where
 * failing the item is the deduction).
 */
public record Finding(Check check, String rule, int line, long offsetMs, String quote, String itemId,
        String reason, int suggestedDeduction) {

    /** A finding on utterance {@code index} of the transcript; the quote is masked here, never by the caller. */
    static Finding of(Check check, String rule, int index, TranscriptLine utterance, int deduction) {
        return new Finding(check, rule, index, utterance.offsetMs(), SensitiveNumbers.masked(Texts.of(utterance)),
                check.itemId(), check.reason(), check.critical() ? 0 : deduction);
    }
}
