package io.callqa.simulator.traffic;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.callqa.simulator.center.QueueCatalog;
import io.callqa.simulator.center.QueueProfile;

/** What to simulate: the center's size, the period (whole local days from {@code start}) and the seed. */
public record Scenario(int agents, int teams, int queues, LocalDate start, int days, ZoneId zone, long seed,
        boolean transcripts) {

    public static final int MAX_AGENTS = 9_999;
    public static final int MAX_TEAMS = 99;
    public static final int MAX_DAYS = 366;

    public Scenario {
        require(agents >= 1 && agents <= MAX_AGENTS, "agents must be between 1 and " + MAX_AGENTS);
        require(teams >= 1 && teams <= MAX_TEAMS, "teams must be between 1 and " + MAX_TEAMS);
        require(teams <= agents, "teams (" + teams + ") cannot outnumber agents (" + agents + ")");
        require(queues >= 1 && queues <= QueueCatalog.ALL.size(),
                "queues must be between 1 and " + QueueCatalog.ALL.size());
        require(queues <= agents, "queues (" + queues + ") cannot outnumber agents (" + agents + ")");
        require(days >= 1 && days <= MAX_DAYS, "days must be between 1 and " + MAX_DAYS);
    }

    public List<QueueProfile> queueProfiles() {
        return QueueCatalog.first(queues);
    }

    public LocalDate end() {
        return start.plusDays(days - 1L);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
