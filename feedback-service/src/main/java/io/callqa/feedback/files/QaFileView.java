package io.callqa.feedback.files;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.callqa.events.EvaluationReleased.ItemResult;
import io.callqa.kit.scores.LatestVersions;
import io.callqa.kit.scores.ScoreAverage;

/** An agent's QA file: the summary and each evaluation (its newest version) with what lost points. */
public record QaFileView(
        String agentId,
        String teamId,
        int evaluations,
        BigDecimal averageScore,
        long problemsFound,
        List<Entry> entries) {

    public record Entry(
            UUID evaluationId,
            int version,
            String callId,
            String evaluatorId,
            String scorecardId,
            int scorecardVersion,
            BigDecimal totalScore,
            boolean criticalFailed,
            boolean problemFound,
            String comment,
            List<ItemResult> deductions,
            Instant releasedAt) {

        static Entry of(FileEntry e) {
            return new Entry(e.evaluationId, e.version, e.callId, e.evaluatorId, e.scorecardId, e.scorecardVersion,
                    e.totalScore, e.criticalFailed, e.problemFound, e.comment,
                    e.items.stream().filter(i -> i.pointsLost() > 0 || i.failed()).toList(), e.releasedAt);
        }
    }

    /** The file from the entries the caller may see, newest first, keeping the newest version of each evaluation. */
    static QaFileView of(String agentId, List<FileEntry> visible) {
        List<FileEntry> latest = LatestVersions.of(visible, e -> e.evaluationId, e -> e.version).stream()
                .sorted(Comparator.comparing((FileEntry e) -> e.releasedAt).reversed())
                .toList();
        return new QaFileView(agentId, latest.isEmpty() ? null : latest.get(0).teamId, latest.size(),
                ScoreAverage.of(latest.stream().map(e -> e.totalScore).toList()),
                latest.stream().filter(e -> e.problemFound).count(),
                latest.stream().map(Entry::of).toList());
    }
}
