package io.callqa.reporting.bulletin;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.callqa.kit.security.AccessScope;

/**
 * A kept bulletin as a caller reads it. The bulletin is published to the whole center (进行公示), so everyone who
 * may read reports sees its problems, handling and excellent recordings; the deductions per agent are each
 * person's own figures, so an agent sees only their own row and a team lead only their team's rows.
 */
public record BulletinView(String week, LocalDate from, LocalDate to, Instant generatedAt, String generatedBy,
        int version, Instant firstGeneratedAt, int evaluations, BigDecimal averageScore, int criticalFailures,
        List<Bulletin.Problem> problems, List<Bulletin.AgentDeductions> deductions,
        List<Bulletin.ExcellentRecording> excellentRecordings) {

    public static BulletinView of(StoredBulletin stored, AccessScope scope) {
        Bulletin b = stored.content();
        List<Bulletin.AgentDeductions> visible = b.deductions().stream()
                .filter(d -> scope.allows(d.agentId(), d.teamId())).toList();
        return new BulletinView(stored.week(), b.from(), b.to(), stored.generatedAt(), stored.generatedBy(),
                stored.version(), stored.firstGeneratedAt(), b.evaluations(), b.averageScore(), b.criticalFailures(),
                b.problems(), visible, b.excellentRecordings());
    }
}
