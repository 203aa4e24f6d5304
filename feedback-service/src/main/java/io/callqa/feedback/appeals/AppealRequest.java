package io.callqa.feedback.appeals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAlias;

import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.ProblemException;

/** What an agent disputes (item ids of the evaluation) and why, in their own words. */
public record AppealRequest(@JsonAlias({"items", "itemIds"}) List<String> disputedItems, String reason) {

    static final int MAX_REASON = 4000;
    /** More items than any scorecard has: a longer list is refused before it is looked at. */
    static final int MAX_ITEMS = 100;

    /** 400 naming each wrong field: no items, an item not on the evaluation or named twice, no reason. */
    public void check(Set<String> itemsOnEvaluation) {
        List<FieldError> errors = new ArrayList<>();
        if (disputedItems == null || disputedItems.isEmpty()) {
            errors.add(new FieldError("disputedItems", "name at least one item of the evaluation you dispute"));
        } else if (disputedItems.size() > MAX_ITEMS) {
            errors.add(new FieldError("disputedItems", "at most " + MAX_ITEMS + " items"));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < disputedItems.size(); i++) {
                String item = disputedItems.get(i);
                String field = "disputedItems[" + i + "]";
                if (item == null || !itemsOnEvaluation.contains(item)) {
                    errors.add(new FieldError(field, "item " + item + " is not on this evaluation; its items are "
                            + itemsOnEvaluation.stream().sorted().toList()));
                } else if (!seen.add(item)) {
                    errors.add(new FieldError(field, "item " + item + " is named twice"));
                }
            }
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "say why you dispute the evaluation"));
        } else if (reason.length() > MAX_REASON) {
            errors.add(new FieldError("reason", "at most " + MAX_REASON + " characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
