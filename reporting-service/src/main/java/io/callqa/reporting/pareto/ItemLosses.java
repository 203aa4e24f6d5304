package io.callqa.reporting.pareto;

import java.util.List;

import io.callqa.reporting.periods.Period;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Points lost per item in a period, for the whole center, a team or an agent, most points first (equal points by
 * item id): for the center and a team summed from {@code item_loss_month} or {@code item_loss_day} (by the period's
 * {@link Period#grain() grain}), for an agent over the
 * latest versions in {@code evaluation_item_fact} ({@code agent_id}/{@code day} index).
 */
@ApplicationScoped
public class ItemLosses {

    /** Who the losses are summed for; {@code id} is null for the center. */
    public enum Scope {
        CENTER(Sources.AGGREGATES, "true"), TEAM(Sources.AGGREGATES, "team_id = ?3"), AGENT(Sources.FACTS, "agent_id = ?3");

        final String sql;

        Scope(String source, String condition) {
            this.sql = source.formatted(condition);
        }
    }

    private static final class Sources {
        static final String AGGREGATES = """
                select item_id, max(item_zh), max(item_en), sum(points_lost), sum(deductions)
                from item_loss_%%1$s
                where %%1$s >= ?1 and %%1$s < ?2 and %s
                group by item_id
                order by sum(points_lost) desc, item_id""";

        static final String FACTS = """
                select item_id, max(item_zh), max(item_en), sum(points_lost), count(*)
                from evaluation_item_fact
                where latest and day >= ?1 and day < ?2 and %s and points_lost > 0
                group by item_id
                order by sum(points_lost) desc, item_id""";
    }

    public Uni<List<ItemLoss>> of(Scope scope, String id, Period period) {
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(scope.sql.formatted(period.grain()), Object[].class)
                    .setParameter(1, period.start()).setParameter(2, period.end());
            if (scope != Scope.CENTER) {
                query.setParameter(3, id);
            }
            return query.getResultList();
        }).map(rows -> rows.stream().map(ItemLosses::loss).toList());
    }

    private static ItemLoss loss(Object[] row) {
        return ItemLoss.of((String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).longValue(),
                ((Number) row[4]).longValue());
    }
}
