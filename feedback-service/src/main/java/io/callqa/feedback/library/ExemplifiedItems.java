package io.callqa.feedback.library;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.callqa.events.EvaluationReleased.ItemResult;
import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.ProblemException;

/**
 * The items an approved recording exemplifies: those the lead names, each an applicable item of the evaluation and
 * named once, or by default those scored full marks. Plain Java.
 */
public final class ExemplifiedItems {

    private ExemplifiedItems() {
    }

    /** The items, or a 400 naming each bad one ({@code items[1]}). */
    public static List<String> resolve(List<String> named, List<ItemResult> results, Object evaluationId) {
        if (named == null) {
            List<String> full = Qualification.fullMarks(results);
            if (full.isEmpty()) {
                throw ProblemException.invalid("items", "evaluation " + evaluationId
                        + " scored no item full marks: name the items the recording exemplifies");
            }
            return full;
        }
        if (named.isEmpty()) {
            throw ProblemException.invalid("items", "must name at least one item, or be left out for the items "
                    + "scored full marks");
        }
        Map<String, ItemResult> byId = results.stream()
                .collect(Collectors.toMap(ItemResult::itemId, Function.identity(), (a, b) -> a));
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < named.size(); i++) {
            String problem = problem(named.get(i), byId, seen, evaluationId);
            if (problem != null) {
                errors.add(new FieldError("items[" + i + "]", problem));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return named.stream().map(String::trim).toList();
    }

    private static String problem(String id, Map<String, ItemResult> byId, Set<String> seen, Object evaluationId) {
        if (id == null || id.isBlank()) {
            return "must not be blank";
        }
        ItemResult result = byId.get(id.trim());
        if (result == null) {
            return "item " + id + " is not on evaluation " + evaluationId;
        }
        if (result.na()) {
            return "item " + id + " was not applicable (N/A) in this evaluation";
        }
        return seen.add(id.trim()) ? null : "item " + id + " is named twice";
    }
}
