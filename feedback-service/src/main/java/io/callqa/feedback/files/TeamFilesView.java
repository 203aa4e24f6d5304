package io.callqa.feedback.files;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.callqa.kit.scores.LatestVersions;
import io.callqa.kit.scores.ScoreAverage;

/**
 * A team's QA files side by side (按各班各人分类整理存档): one row per agent with the evaluations made in the team,
 * ordered by agent id.
 */
public record TeamFilesView(String teamId, int agents, BigDecimal averageScore, List<AgentRow> files) {

    /** How many weaknesses a row shows. */
    static final int WEAKNESSES = 3;

    public record AgentRow(
            String agentId,
            int evaluations,
            BigDecimal averageScore,
            long problemsFound,
            List<FileFigures.Period> months,
            List<FileFigures.Weakness> weaknesses,
            List<FileFigures.Strength> strengths,
            QaFileView.Followed followed) {
    }

    static TeamFilesView of(String teamId, List<FileEntry> teamEntries, ZoneId zone,
            Map<String, QaFileView.Followed> followed) {
        List<FileEntry> latest = LatestVersions.of(teamEntries, e -> e.evaluationId, e -> e.version);
        Map<String, List<FileEntry>> byAgent = latest.stream()
                .collect(Collectors.groupingBy(e -> e.agentId, TreeMap::new, Collectors.toList()));
        List<AgentRow> rows = byAgent.entrySet().stream().map(a -> new AgentRow(a.getKey(), a.getValue().size(),
                ScoreAverage.of(a.getValue().stream().map(e -> e.totalScore).toList()),
                a.getValue().stream().filter(e -> e.problemFound).count(), FileFigures.months(a.getValue(), zone),
                FileFigures.weaknesses(a.getValue(), WEAKNESSES), FileFigures.strengths(a.getValue(), 1),
                followed.get(a.getKey()))).toList();
        return new TeamFilesView(teamId, rows.size(), ScoreAverage.of(latest.stream().map(e -> e.totalScore).toList()),
                rows);
    }
}
