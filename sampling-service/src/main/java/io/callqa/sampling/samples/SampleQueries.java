package io.callqa.sampling.samples;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.callqa.kit.security.AccessScope;
import io.callqa.sampling.store.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads samples for the API, in the current session: one sample with its reasons, or a filtered page. */
@ApplicationScoped
public class SampleQueries {

    private static final String BY_ID = "select * from sample where sample_id = cast(:id as uuid)";
    private static final String BY_CALL = "select * from sample where call_id = :callId";
    private static final String REASONS = """
            select rule, detail, evidence, added_at from sample_reason where call_id = :callId
            order by added_at, rule""";
    /** Newest first; ties by sample id so that pages never overlap. */
    static final Comparator<SampleRow> NEWEST_FIRST = Comparator.comparing(SampleRow::selectedAt).reversed()
            .thenComparing(SampleRow::sampleId, Comparator.reverseOrder());

    /** The filters of a list query, each optional. */
    public record Filter(String agentId, String teamId, String rule, String mode, Instant from, Instant to) {
    }

    record Total(long total) {
    }

    public Uni<Optional<SampleDetail>> byId(UUID id) {
        return one(BY_ID, "id", id.toString());
    }

    public Uni<Optional<SampleDetail>> byCall(String callId) {
        return one(BY_CALL, "callId", callId);
    }

    private Uni<Optional<SampleDetail>> one(String sql, String name, String value) {
        return Sql.rows(sql, SampleRow.class, name, value).chain(rows -> rows.isEmpty()
                ? Uni.createFrom().item(Optional.<SampleDetail>empty())
                : Sql.rows(REASONS, SampleDetail.ReasonDetail.class, "callId", rows.get(0).callId())
                        .map(reasons -> Optional.of(SampleDetail.of(rows.get(0), reasons(rows.get(0), reasons)))));
    }

    /**
     * The stored reasons, oldest first; a reason of the sample without a {@code sample_reason} row (a sample made
     * before reasons had rows) follows with empty evidence, added when the sample was selected.
     */
    private static List<SampleDetail.ReasonDetail> reasons(SampleRow sample, List<SampleDetail.ReasonDetail> stored) {
        List<SampleDetail.ReasonDetail> all = new ArrayList<>(stored.stream()
                .sorted(Comparator.comparing(SampleDetail.ReasonDetail::addedAt)
                        .thenComparing(SampleDetail.ReasonDetail::rule))
                .toList());
        Set<String> rules = stored.stream().map(SampleDetail.ReasonDetail::rule).collect(Collectors.toSet());
        SampleMerge.readReasons(sample.reasons()).stream().filter(r -> !rules.contains(r.rule()))
                .forEach(r -> all.add(new SampleDetail.ReasonDetail(r.rule(), r.detail(), Map.of(),
                        sample.selectedAt())));
        return all;
    }

    /** A page of the samples the scope allows and the filters match, newest {@code selectedAt} first. */
    public Uni<SamplePage> page(AccessScope scope, Filter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        condition(where, params, "s.agent_id = :agentScope", "agentScope", scope.agentFilter());
        condition(where, params, "s.team_id = :teamScope", "teamScope", scope.teamFilter());
        condition(where, params, "s.agent_id = :agentId", "agentId", filter.agentId());
        condition(where, params, "s.team_id = :teamId", "teamId", filter.teamId());
        condition(where, params, "s.mode = :mode", "mode", filter.mode());
        condition(where, params, "exists (select 1 from sample_reason r where r.call_id = s.call_id and r.rule = :rule)",
                "rule", filter.rule());
        condition(where, params, "s.selected_at >= cast(:from as timestamptz)", "from", filter.from());
        condition(where, params, "s.selected_at < cast(:to as timestamptz)", "to", filter.to());
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long offset = (long) page * size;
        String rows = "select s.* from sample s" + clause
                + " order by s.selected_at desc, s.sample_id desc limit " + size + " offset " + offset;
        String count = "select count(*) as total from sample s" + clause;
        Object[] named = params.toArray();
        return Sql.rows(rows, SampleRow.class, named)
                .chain(found -> Sql.rows(count, Total.class, named).map(total -> new SamplePage(
                        found.stream().sorted(NEWEST_FIRST).map(SampleRow::view).toList(), page, size,
                        total.get(0).total())));
    }

    private static void condition(List<String> where, List<Object> params, String sql, String name, Object value) {
        if (value != null) {
            where.add(sql);
            params.add(name);
            params.add(value);
        }
    }
}
