package io.callqa.scoring.scorecards;

import java.util.List;
import java.util.Optional;

/** One version of a scorecard (评分卡 / 质检模版): sections of items. Every evaluation keeps the version it used. */
public record Scorecard(String id, int version, String nameZh, String nameEn, List<Section> sections) {

    public Scorecard {
        sections = List.copyOf(sections);
    }

    public record Section(String id, String labelZh, String labelEn, List<Item> items) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /**
     * @param step    a DEDUCTION item's points move in these steps (awarded must be a multiple of it)
     * @param reasons the standard deduction reasons an evaluator chooses from
     */
    public record Item(String id, String labelZh, String labelEn, ItemKind kind, int maxPoints, int step,
            boolean naAllowed, List<Reason> reasons) {
        public Item {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }

        public boolean hasReason(String code) {
            return reasons.stream().anyMatch(r -> r.code().equals(code));
        }
    }

    /** A standard deduction reason: a stable code and its labels. */
    public record Reason(String code, String labelZh, String labelEn) {
    }

    public List<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    public Optional<Item> item(String itemId) {
        return items().stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public String sectionOf(String itemId) {
        return sections.stream().filter(s -> s.items().stream().anyMatch(i -> i.id().equals(itemId)))
                .map(Section::id).findFirst().orElseThrow();
    }
}
