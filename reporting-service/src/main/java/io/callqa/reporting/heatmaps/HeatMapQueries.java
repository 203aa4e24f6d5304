package io.callqa.reporting.heatmaps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hibernate.reactive.mutiny.Mutiny.SelectionQuery;
import org.hibernate.reactive.mutiny.Mutiny.Session;

import io.callqa.reporting.pareto.ItemLoss;
import io.callqa.reporting.periods.Period;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The heat maps' rows and losses, aggregated in SQL by center day: evaluations per row from {@code evaluation_month}
 * or {@code evaluation_day} and points lost per team from {@code item_loss_month} or {@code item_loss_day} (by the
 * period's {@link Period#grain() grain}), per agent over the latest versions in
 * {@code evaluation_item_fact}. Rows are those evaluated in the period plus those the roster knows (active agents
 * and their teams), so a row without evaluations shows as empty rather than missing.
 */
@ApplicationScoped
public class HeatMapQueries {

    /** What the rows are. */
    public enum Rows {
        TEAMS("team_id", "select distinct team_id from agent_fact where active and team_id is not null and %s", """
                select team_id, item_id, max(item_zh), max(item_en), sum(points_lost) from item_loss_%1$s
                where %1$s >= ?1 and %1$s < ?2 and team_id <> '' and %2$s
                group by team_id, item_id"""),
        AGENTS("agent_id", "select agent_id from agent_fact where active and %s", """
                select agent_id, item_id, max(item_zh), max(item_en), sum(points_lost) from evaluation_item_fact
                where latest and day >= ?1 and day < ?2 and team_id is not null and %2$s and points_lost > 0
                group by agent_id, item_id""");

        final String column;
        final String roster;
        final String losses;

        Rows(String column, String roster, String losses) {
            this.column = column;
            this.roster = roster;
            this.losses = losses;
        }
    }

    /** The data of one heat map: rows in order, the losses, and each item's labels. */
    public record Data(List<HeatMap.Row> rows, List<HeatMap.Loss> losses, Map<String, ItemLoss> items) {
    }

    private static final String EVALUATIONS = """
            select %1$s, sum(evaluations) from evaluation_%3$s
            where %3$s >= ?1 and %3$s < ?2 and team_id <> '' and %2$s
            group by %1$s""";

    /** {@code teamId} null: every team (rows TEAMS only); else only that team's row or agents. */
    public Uni<Data> of(Rows rows, String teamId, Period period) {
        String filter = teamId == null ? "true" : "team_id = ?3";
        String rosterFilter = teamId == null ? "true" : "team_id = ?1";
        return Panache.getSession().chain(s -> bind(s.createNativeQuery(EVALUATIONS.formatted(rows.column, filter, period.grain()),
                        Object[].class), teamId, period).getResultList()
                .chain(counts -> bind(s.createNativeQuery(rows.losses.formatted(period.grain(), filter), Object[].class),
                        teamId, period).getResultList()
                        .chain(losses -> roster(s, rows.roster.formatted(rosterFilter), teamId)
                                .map(roster -> data(roster, counts, losses)))));
    }

    private static Uni<List<String>> roster(Session s, String sql, String teamId) {
        var query = s.createNativeQuery(sql, String.class);
        if (teamId != null) {
            query.setParameter(1, teamId);
        }
        return query.getResultList();
    }

    private static <T> SelectionQuery<T> bind(SelectionQuery<T> query, String teamId, Period period) {
        query.setParameter(1, period.start()).setParameter(2, period.end());
        return teamId == null ? query : query.setParameter(3, teamId);
    }

    private static Data data(List<String> roster, List<Object[]> counts, List<Object[]> lossRows) {
        Map<String, Long> evaluations = new TreeMap<>();
        roster.forEach(r -> evaluations.put(r, 0L));
        counts.forEach(c -> evaluations.put((String) c[0], ((Number) c[1]).longValue()));
        List<HeatMap.Row> rows = new ArrayList<>();
        evaluations.forEach((id, n) -> rows.add(new HeatMap.Row(id, n)));
        List<HeatMap.Loss> losses = new ArrayList<>();
        Map<String, ItemLoss> items = new LinkedHashMap<>();
        for (Object[] l : lossRows) {
            long points = ((Number) l[4]).longValue();
            losses.add(new HeatMap.Loss((String) l[0], (String) l[1], points));
            items.merge((String) l[1], ItemLoss.of((String) l[1], (String) l[2], (String) l[3], points, 0),
                    (a, b) -> ItemLoss.of(a.itemId(), first(a.itemZh(), b.itemZh()), first(a.itemEn(), b.itemEn()),
                            a.pointsLost() + b.pointsLost(), 0));
        }
        return new Data(rows, losses, items);
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
