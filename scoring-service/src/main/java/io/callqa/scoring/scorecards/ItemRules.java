package io.callqa.scoring.scorecards;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.callqa.kit.problem.FieldError;
import io.callqa.scoring.scorecards.ScorecardRequest.ItemRequest;

/** The rules of one scorecard item, each error naming the field and the item. */
final class ItemRules {

    private ItemRules() {
    }

    static void check(ItemRequest item, String at, Set<String> itemIds, List<FieldError> errors) {
        if (item == null) {
            errors.add(new FieldError(at, "is required"));
            return;
        }
        String name = "item " + item.id();
        if (!ScorecardRules.validId(item.id()) || !itemIds.add(item.id())) {
            errors.add(new FieldError(at + ".id", name + ": needs an id unique across the scorecard"));
        }
        ScorecardRules.text(item.labelZh(), at + ".labelZh", name, errors);
        ScorecardRules.text(item.labelEn(), at + ".labelEn", name, errors);
        if (item.kind() == null) {
            errors.add(new FieldError(at + ".kind", name + ": kind is DEDUCTION, YES_NO or CRITICAL"));
            return;
        }
        points(item, at, name, errors);
        reasons(item, at, name, errors);
    }

    private static void points(ItemRequest item, String at, String name, List<FieldError> errors) {
        Integer max = item.maxPoints();
        if (item.kind() == ItemKind.CRITICAL) {
            if (max == null || max != 0) {
                errors.add(new FieldError(at + ".maxPoints", name + ": a red line (CRITICAL) carries 0 points"));
            }
            return;
        }
        if (max == null || max < 1 || max > 100) {
            errors.add(new FieldError(at + ".maxPoints", name + ": must be 1 to 100 points"));
            return;
        }
        int step = item.step() == null ? 1 : item.step();
        if (step < 1 || max % step != 0) {
            errors.add(new FieldError(at + ".step", name + ": the step must be at least 1 and divide " + max));
        }
    }

    private static void reasons(ItemRequest item, String at, String name, List<FieldError> errors) {
        List<Scorecard.Reason> reasons = item.reasons() == null ? List.of() : item.reasons();
        if (reasons.isEmpty() && item.kind() != ItemKind.YES_NO) {
            errors.add(new FieldError(at + ".reasons", name + ": needs at least one standard deduction reason"));
        }
        Set<String> codes = new HashSet<>();
        for (int r = 0; r < reasons.size(); r++) {
            Scorecard.Reason reason = reasons.get(r);
            if (reason == null || !ScorecardRules.validId(reason.code()) || !codes.add(reason.code())) {
                errors.add(new FieldError(at + ".reasons[" + r + "].code", name + ": needs a unique reason code"));
            } else {
                ScorecardRules.text(reason.labelZh(), at + ".reasons[" + r + "].labelZh", name, errors);
                ScorecardRules.text(reason.labelEn(), at + ".reasons[" + r + "].labelEn", name, errors);
            }
        }
    }
}
