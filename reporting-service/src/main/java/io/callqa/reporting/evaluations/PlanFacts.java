package io.callqa.reporting.evaluations;

import java.util.List;
import java.util.Map;

import io.callqa.events.QaPlanSet;
import io.callqa.reporting.projection.NativeSql;
import io.smallrye.mutiny.Uni;

/**
 * {@code qa_plan_fact} and its targets: each month's QA plan as last set (by {@code setAt}, so an older event
 * read late does not undo a newer plan).
 */
final class PlanFacts {

    private static final String PLAN = """
            insert into qa_plan_fact as p (month, set_at, set_by)
            select r.month, r.set_at, r.set_by
            from jsonb_to_recordset(cast(cast(:rows as text) as jsonb))
                 as r(month text, set_at timestamptz, set_by text)
            on conflict (month) do update set set_at = excluded.set_at, set_by = excluded.set_by
            where excluded.set_at >= p.set_at
            returning cast(month as text)""";

    private static final String CLEAR = "delete from qa_plan_target_fact where month = :month";

    private static final String TARGETS = """
            insert into qa_plan_target_fact (month, person_id, target)
            select r.month, r.person_id, r.target
            from jsonb_to_recordset(cast(cast(:rows as text) as jsonb))
                 as r(month text, person_id text, target integer)
            on conflict (month, person_id) do update set target = excluded.target""";

    private PlanFacts() {
    }

    static Uni<Integer> record(QaPlanSet plan) {
        String month = plan.month().toString();
        Map<String, Object> row = NativeSql.row("month", month,
                "set_at", plan.setAt() != null ? plan.setAt() : plan.occurredAt(), "set_by", plan.setBy());
        List<Map<String, Object>> targets = plan.targets().stream()
                .map(t -> NativeSql.row("month", month, "person_id", t.personId(), "target", t.target())).toList();
        return NativeSql.strings(PLAN, Map.of("rows", NativeSql.json(List.of(row))))
                .chain(newer -> newer.isEmpty() ? Uni.createFrom().item(0)
                        : NativeSql.update(CLEAR, Map.of("month", month))
                                .chain(() -> targets.isEmpty() ? Uni.createFrom().item(0)
                                        : NativeSql.update(TARGETS, Map.of("rows", NativeSql.json(targets)))));
    }
}
