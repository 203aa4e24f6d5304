package io.callqa.feedback.files;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.callqa.events.EvaluationReleased.ItemResult;
import io.callqa.feedback.appeals.AppealView;
import io.callqa.feedback.coaching.PlanView;
import io.callqa.feedback.floorwalks.FloorWalkView;
import io.callqa.feedback.library.LibraryEntryView;
import io.callqa.kit.scores.LatestVersions;
import io.callqa.kit.scores.ScoreAverage;

/**
 * An agent's QA file (个人质检档案): the summary, the averages per month and quarter, weaknesses and strengths,
 * each evaluation (its newest version, with the versions it replaced), and what followed from them:
 * acknowledgements, appeals, coaching plans, excellent recordings and bonus points.
 */
public record QaFileView(
        String agentId,
        String teamId,
        int evaluations,
        BigDecimal averageScore,
        long problemsFound,
        List<FileFigures.Period> months,
        List<FileFigures.Period> quarters,
        List<FileFigures.Weakness> weaknesses,
        List<FileFigures.Strength> strengths,
        Followed followed,
        List<Entry> entries) {

    /** How many weaknesses and strengths a file shows. */
    static final int WEAKNESSES = 5;
    static final int STRENGTHS = 3;

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
            Instant releasedAt,
            List<Revision> revisions) {

        static Entry of(FileEntry e, List<Revision> revisions) {
            return new Entry(e.evaluationId, e.version, e.callId, e.evaluatorId, e.scorecardId, e.scorecardVersion,
                    e.totalScore, e.criticalFailed, e.problemFound, e.comment,
                    e.items.stream().filter(i -> i.pointsLost() > 0 || i.failed()).toList(), e.releasedAt, revisions);
        }
    }

    /** One version of an evaluation as it was: its total, and for a revised one why it was revised. */
    public record Revision(int version, BigDecimal totalScore, Instant releasedAt, String cause, UUID appealId,
            String reason, String revisedBy) {

        static Revision of(FileEntry e) {
            return new Revision(e.version, e.totalScore, e.releasedAt, e.cause, e.appealId, e.revisionReason,
                    e.revisedBy);
        }
    }

    /**
     * What followed from the evaluations: feedback acknowledged or waiting (and overdue), appeals with their
     * decisions, coaching plans (帮扶计划), excellent recordings and the bonus points they earned, and the floor walks
     * (巡检) about the agent.
     */
    public record Followed(
            long acknowledged,
            long awaitingAcknowledgement,
            long acknowledgementOverdue,
            List<AppealView> appeals,
            List<PlanView> coachingPlans,
            List<LibraryEntryView> excellentRecordings,
            int bonusPoints,
            List<FloorWalkView> floorWalks) {
    }

    /** The file from the entries (every version) the caller may see, newest evaluation first. */
    static QaFileView of(String agentId, List<FileEntry> visible, ZoneId zone, Followed followed) {
        List<FileEntry> latest = LatestVersions.of(visible, e -> e.evaluationId, e -> e.version).stream()
                .sorted(Comparator.comparing((FileEntry e) -> e.releasedAt).reversed())
                .toList();
        Map<UUID, List<Revision>> history = visible.stream()
                .sorted(Comparator.comparingInt((FileEntry e) -> e.version))
                .collect(Collectors.groupingBy(e -> e.evaluationId, Collectors.mapping(Revision::of, Collectors.toList())));
        return new QaFileView(agentId, latest.isEmpty() ? null : latest.get(0).teamId, latest.size(),
                ScoreAverage.of(latest.stream().map(e -> e.totalScore).toList()),
                latest.stream().filter(e -> e.problemFound).count(),
                FileFigures.months(latest, zone), FileFigures.quarters(latest, zone),
                FileFigures.weaknesses(latest, WEAKNESSES), FileFigures.strengths(latest, STRENGTHS), followed,
                latest.stream().map(e -> Entry.of(e, history.get(e.evaluationId).size() > 1
                        ? history.get(e.evaluationId) : List.of())).toList());
    }
}
