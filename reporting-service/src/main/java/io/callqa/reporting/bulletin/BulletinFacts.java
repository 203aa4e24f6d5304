package io.callqa.reporting.bulletin;

import static io.callqa.reporting.bulletin.SqlValues.decimal;
import static io.callqa.reporting.bulletin.SqlValues.flag;
import static io.callqa.reporting.bulletin.SqlValues.instant;
import static io.callqa.reporting.bulletin.SqlValues.integer;
import static io.callqa.reporting.bulletin.SqlValues.optionalLong;
import static io.callqa.reporting.bulletin.SqlValues.text;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.callqa.reporting.bulletin.Bulletin.ExcellentRecording;
import io.callqa.reporting.bulletin.WeekFacts.AgentRow;
import io.callqa.reporting.bulletin.WeekFacts.EvaluationRow;
import io.callqa.reporting.bulletin.WeekFacts.ItemRow;
import io.callqa.reporting.periods.Period;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads a week's facts for its bulletin from the read models (newest evaluation versions only). */
@ApplicationScoped
public class BulletinFacts {

    private static final String ITEMS = """
            select evaluation_id::text, item_id, item_zh, item_en, section_zh, section_en, points_lost, failed, comment,
                   quote_text, quote_offset_ms, agent_id, team_id
            from evaluation_item_fact where latest and day >= ?1 and day < ?2
            order by day, evaluation_id, item_id""";
    private static final String EVALUATIONS = """
            select evaluation_id::text, agent_id, team_id, total_score, critical_failed
            from evaluation_fact where latest and day >= ?1 and day < ?2
            order by released_at, evaluation_id""";
    private static final String EXCELLENT = """
            select recording_id::text, agent_id, team_id, call_id, array_to_json(items)::text, total_score,
                   bonus_points, recording_uri, approved_at
            from excellent_recording_fact where day >= ?1 and day < ?2
            order by approved_at, recording_id""";
    private static final String AGENTS = """
            select agent_id, name, team_id from agent_fact
            where agent_id in (select agent_id from evaluation_fact where latest and day >= ?1 and day < ?2
                               union select agent_id from excellent_recording_fact where day >= ?1 and day < ?2)""";

    private final ObjectMapper json;

    public BulletinFacts(ObjectMapper json) {
        this.json = json;
    }

    public Uni<WeekFacts> of(Period week) {
        return rows(ITEMS, week).chain(items -> rows(EVALUATIONS, week).chain(evaluations -> rows(AGENTS, week)
                .chain(agents -> rows(EXCELLENT, week).map(excellent -> {
                    Map<String, AgentRow> roster = agents.stream().map(r -> new AgentRow(text(r[0]), text(r[1]), text(r[2])))
                            .collect(Collectors.toMap(AgentRow::agentId, Function.identity()));
                    return new WeekFacts(items.stream().map(BulletinFacts::item).toList(),
                            evaluations.stream().map(BulletinFacts::evaluation).toList(), roster,
                            excellent.stream().map(r -> excellent(r, roster)).toList());
                }))));
    }

    private static Uni<List<Object[]>> rows(String sql, Period week) {
        return Panache.getSession().chain(s -> s.createNativeQuery(sql, Object[].class)
                .setParameter(1, week.start()).setParameter(2, week.end()).getResultList());
    }

    private static ItemRow item(Object[] r) {
        return new ItemRow(text(r[0]), text(r[1]), text(r[2]), text(r[3]), text(r[4]), text(r[5]), integer(r[6]),
                flag(r[7]), text(r[8]), text(r[9]), optionalLong(r[10]), text(r[11]), text(r[12]));
    }

    private static EvaluationRow evaluation(Object[] r) {
        return new EvaluationRow(text(r[0]), text(r[1]), text(r[2]), decimal(r[3]), flag(r[4]));
    }

    private ExcellentRecording excellent(Object[] r, Map<String, AgentRow> roster) {
        AgentRow agent = roster.get(text(r[1]));
        String team = agent != null && agent.teamId() != null ? agent.teamId() : text(r[2]);
        return new ExcellentRecording(text(r[0]), text(r[1]), agent == null ? null : agent.name(), team, text(r[3]),
                list(text(r[4])), decimal(r[5]), integer(r[6]), text(r[7]), instant(r[8]));
    }

    private List<String> list(String array) {
        try {
            return array == null ? List.of() : json.readValue(array, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable item list", e);
        }
    }
}
