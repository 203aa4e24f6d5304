package io.callqa.scoring.scorecards;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.callqa.kit.problem.FieldError;
import io.callqa.scoring.scorecards.ScorecardRequest.ItemRequest;
import io.callqa.scoring.scorecards.ScorecardRequest.SectionRequest;

/**
 * What makes a scorecard valid: names in both languages; sections with items; item ids unique across the card;
 * DEDUCTION and YES_NO items with points (a DEDUCTION's step dividing them), CRITICAL ones with none; standard
 * deduction reasons with unique codes (at least one where points can be lost); some points in all. Each error
 * names its field and the item.
 */
public final class ScorecardRules {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private ScorecardRules() {
    }

    public static List<FieldError> check(ScorecardRequest card) {
        List<FieldError> errors = new ArrayList<>();
        text(card.nameZh(), "nameZh", "the scorecard", errors);
        text(card.nameEn(), "nameEn", "the scorecard", errors);
        if (card.sections() == null || card.sections().isEmpty()) {
            errors.add(new FieldError("sections", "a scorecard needs at least one section"));
            return errors;
        }
        Set<String> sectionIds = new HashSet<>();
        Set<String> itemIds = new HashSet<>();
        for (int s = 0; s < card.sections().size(); s++) {
            section(card.sections().get(s), "sections[" + s + "]", sectionIds, itemIds, errors);
        }
        int points = card.sections().stream().filter(s -> s != null && s.items() != null)
                .flatMap(s -> s.items().stream()).filter(i -> i != null && i.maxPoints() != null)
                .mapToInt(ItemRequest::maxPoints).sum();
        if (errors.isEmpty() && points <= 0) {
            errors.add(new FieldError("sections", "the items carry no points at all"));
        }
        return errors;
    }

    public static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private static void section(SectionRequest section, String at, Set<String> sectionIds, Set<String> itemIds,
            List<FieldError> errors) {
        if (section == null) {
            errors.add(new FieldError(at, "is required"));
            return;
        }
        if (!validId(section.id()) || !sectionIds.add(section.id())) {
            errors.add(new FieldError(at + ".id", "must be a unique id of letters, digits, '_', '.' or '-'"));
        }
        text(section.labelZh(), at + ".labelZh", "section " + section.id(), errors);
        text(section.labelEn(), at + ".labelEn", "section " + section.id(), errors);
        if (section.items() == null || section.items().isEmpty()) {
            errors.add(new FieldError(at + ".items", "section " + section.id() + " needs at least one item"));
            return;
        }
        for (int i = 0; i < section.items().size(); i++) {
            ItemRules.check(section.items().get(i), at + ".items[" + i + "]", itemIds, errors);
        }
    }

    static void text(String value, String field, String what, List<FieldError> errors) {
        if (value == null || value.isBlank() || value.length() > 500) {
            errors.add(new FieldError(field, what + " needs a label of 1 to 500 characters"));
        }
    }
}
