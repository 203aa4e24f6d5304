package io.callqa.scoring.evaluations;

import java.util.List;

import io.callqa.kit.problem.FieldError;
import io.callqa.scoring.scorecards.ItemKind;
import io.callqa.scoring.scorecards.Scorecard.Item;

/** The rules of one item's verdict, by the item's kind. */
final class ItemChecks {

    private ItemChecks() {
    }

    static final int MAX_COMMENT = 2000;
    static final int MAX_QUOTE = 1000;

    static void check(Item item, ItemScore score, String at, List<FieldError> errors) {
        checkNotes(score, at, errors);
        if (score.na()) {
            if (!item.naAllowed()) {
                errors.add(new FieldError(at + ".na", "item " + item.id() + " cannot be N/A"));
            }
            return;
        }
        switch (item.kind()) {
            case DEDUCTION -> checkDeduction(item, score, at, errors);
            case YES_NO -> checkYesNo(item, score, at, errors);
            case CRITICAL -> checkCritical(item, score, at, errors);
        }
        checkReason(item, score, at, errors);
    }

    /** The points an item's valid verdict awards. */
    static int awarded(Item item, ItemScore score) {
        return switch (item.kind()) {
            case DEDUCTION -> score.awarded();
            case YES_NO -> score.passed() != null ? (score.passed() ? item.maxPoints() : 0) : score.awarded();
            case CRITICAL -> 0;
        };
    }

    private static void checkNotes(ItemScore score, String at, List<FieldError> errors) {
        if (score.comment() != null && score.comment().length() > MAX_COMMENT) {
            errors.add(new FieldError(at + ".comment", "must be at most " + MAX_COMMENT + " characters"));
        }
        if (score.quote() == null) {
            return;
        }
        if (score.quote().offsetMs() < 0) {
            errors.add(new FieldError(at + ".quote.offsetMs", "must be 0 or more (ms from the start of the call)"));
        }
        if (score.quote().text() == null || score.quote().text().isBlank() || score.quote().text().length() > MAX_QUOTE) {
            errors.add(new FieldError(at + ".quote.text", "must say what was said, 1 to " + MAX_QUOTE + " characters"));
        }
    }

    private static void checkDeduction(Item item, ItemScore score, String at, List<FieldError> errors) {
        if (score.awarded() == null) {
            errors.add(new FieldError(at + ".awarded", "is required for item " + item.id()));
        } else if (score.awarded() < 0 || score.awarded() > item.maxPoints()) {
            errors.add(new FieldError(at + ".awarded", "must be between 0 and " + item.maxPoints()));
        } else if (score.awarded() % item.step() != 0) {
            errors.add(new FieldError(at + ".awarded", "must be a multiple of " + item.step()));
        }
    }

    private static void checkYesNo(Item item, ItemScore score, String at, List<FieldError> errors) {
        boolean allOrNothing = score.awarded() != null && (score.awarded() == 0 || score.awarded() == item.maxPoints());
        if (score.passed() == null && !allOrNothing) {
            errors.add(new FieldError(at + ".awarded", "must be 0 or " + item.maxPoints() + " (or give passed)"));
        }
    }

    private static void checkCritical(Item item, ItemScore score, String at, List<FieldError> errors) {
        if (score.passed() == null) {
            errors.add(new FieldError(at + ".passed", "is required for red-line item " + item.id()));
        }
    }

    private static void checkReason(Item item, ItemScore score, String at, List<FieldError> errors) {
        boolean lost = item.kind() == ItemKind.CRITICAL ? Boolean.FALSE.equals(score.passed())
                : score.awarded() != null && score.awarded() < item.maxPoints() || Boolean.FALSE.equals(score.passed());
        if (score.reason() != null && !item.hasReason(score.reason())) {
            errors.add(new FieldError(at + ".reason", "unknown reason for item " + item.id() + "; one of "
                    + item.reasons().stream().map(r -> r.code()).toList()));
        } else if (lost && score.reason() == null && !item.reasons().isEmpty()) {
            errors.add(new FieldError(at + ".reason", "a deduction reason is required when item " + item.id()
                    + " loses points"));
        }
    }
}
