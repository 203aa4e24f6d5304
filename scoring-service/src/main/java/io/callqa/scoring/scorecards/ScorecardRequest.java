package io.callqa.scoring.scorecards;

import java.util.List;

/**
 * A scorecard as a client sends it: for {@code POST /api/v1/scorecards} with its {@code id}, for a new version
 * without (or with the same id). Everything is checked by {@link ScorecardRules}, which names each bad field.
 */
public record ScorecardRequest(String id, String nameZh, String nameEn, List<SectionRequest> sections) {

    public record SectionRequest(String id, String labelZh, String labelEn, List<ItemRequest> items) {
    }

    public record ItemRequest(String id, String labelZh, String labelEn, ItemKind kind, Integer maxPoints,
            Integer step, boolean naAllowed, List<Scorecard.Reason> reasons) {
    }

    /** The scorecard this request makes as version {@code version} of {@code id}; call after {@link ScorecardRules#check}. */
    public Scorecard toScorecard(String id, int version) {
        return new Scorecard(id, version, nameZh, nameEn, sections.stream().map(s -> new Scorecard.Section(s.id(),
                s.labelZh(), s.labelEn(), s.items().stream().map(i -> new Scorecard.Item(i.id(), i.labelZh(),
                        i.labelEn(), i.kind(), i.maxPoints(), i.step() == null ? 1 : i.step(), i.naAllowed(),
                        i.reasons())).toList())).toList());
    }
}
