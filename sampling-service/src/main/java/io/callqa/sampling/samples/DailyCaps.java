package io.callqa.sampling.samples;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import io.callqa.sampling.rules.RuleBook;
import io.callqa.sampling.store.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** A rule's optional cap per agent and local day of the call: picks beyond it are dropped. */
@ApplicationScoped
public class DailyCaps {

    private static final String COUNTS = """
            select k.agent_id, k.rule, k.call_day, count(r.call_id) as picks
            from json_to_recordset(cast(cast(:keys as text) as json)) as k(agent_id text, rule text, call_day date)
            left join sample_reason r on r.agent_id = k.agent_id and r.rule = k.rule and r.call_day = k.call_day
            group by k.agent_id, k.rule, k.call_day""";

    record Key(String agentId, String rule, LocalDate callDay) {
    }

    record Count(String agentId, String rule, LocalDate callDay, int picks) {
    }

    /** The picks within their rules' caps, in order; with no cap configured, all of them without a query. */
    public Uni<List<Pick>> admit(List<Pick> picks, RuleBook book, ZoneId zone) {
        List<Key> keys = picks.stream().filter(p -> book.capPerAgentPerDay(p.reason().rule()).isPresent())
                .map(p -> key(p, zone)).distinct().toList();
        if (keys.isEmpty()) {
            return Uni.createFrom().item(picks);
        }
        return Sql.rows(COUNTS, Count.class, "keys", Sql.json(keys)).map(counts -> {
            Map<Key, Integer> taken = new HashMap<>();
            counts.forEach(c -> taken.put(new Key(c.agentId(), c.rule(), c.callDay()), c.picks()));
            List<Pick> admitted = new ArrayList<>();
            for (Pick pick : picks) {
                OptionalInt cap = book.capPerAgentPerDay(pick.reason().rule());
                Key key = key(pick, zone);
                if (cap.isEmpty() || taken.merge(key, 1, Integer::sum) <= cap.getAsInt()) {
                    admitted.add(pick);
                }
            }
            return admitted;
        });
    }

    private static Key key(Pick pick, ZoneId zone) {
        return new Key(pick.call().agentId(), pick.reason().rule().name(),
                pick.call().start().atZone(zone).toLocalDate());
    }
}
