package io.callqa.reporting.appraisal;

import java.math.BigDecimal;

import io.callqa.reporting.figures.Ratio;

/**
 * The appraisal rule (绩效考核): three sub-scores of 0–100 and their weighted sum.
 * <ul>
 * <li><b>quality</b> = {@code qaScoreShare} × average QA score + (1 − {@code qaScoreShare}) × first-contact
 * resolution × 100, minus {@code criticalFailurePoints} for each critical failure;</li>
 * <li><b>efficiency</b> = the mean of the handle-time part (100 inside [{@code handleMin}, {@code handleMax}]
 * seconds, minus {@code handlePointsPerMinute} per minute outside it) and the answer-speed part (100 up to
 * {@code answerTarget} seconds, minus {@code answerPointsPerSecond} per second over it);</li>
 * <li><b>satisfaction</b> = {@code csatShare} × (CSAT − 1) ÷ 4 × 100 + (1 − {@code csatShare}) × 100 ×
 * (1 − complaints per 1,000 answered calls ÷ {@code complaintsCeiling});</li>
 * <li><b>score</b> = Σ weight × sub-score.</li>
 * </ul>
 * Every part and sub-score is held between 0 and 100. A part without data (no evaluations, no answered calls, no
 * survey answers) is left out and the other parts of its sub-score take its share; a sub-score without any data
 * likewise leaves the score to the other sub-scores, re-weighted; with no data at all the score is null. Sub-scores
 * and the score are rounded half up to one decimal.
 */
public record AppraisalRules(AppraisalWeights weights, double qaScoreShare, double criticalFailurePoints,
        int handleMinSeconds, int handleMaxSeconds, double handlePointsPerMinute, int answerTargetSeconds,
        double answerPointsPerSecond, double csatShare, double complaintsCeilingPer1000) {

    public AppraisalRules {
        if (handleMaxSeconds < handleMinSeconds) {
            throw new IllegalArgumentException("qa.reporting.appraisal.efficiency.handle-max-seconds must not be "
                    + "below handle-min-seconds");
        }
        if (!(complaintsCeilingPer1000 > 0)) {
            throw new IllegalArgumentException("qa.reporting.appraisal.satisfaction.complaints-ceiling-per1000 "
                    + "must be above 0");
        }
    }

    public static AppraisalRules from(AppraisalConfig config) {
        AppraisalConfig.Weights w = config.weights();
        AppraisalConfig.Efficiency e = config.efficiency();
        return new AppraisalRules(new AppraisalWeights(w.quality(), w.efficiency(), w.satisfaction()),
                config.quality().qaScoreShare(), config.quality().criticalFailurePoints(),
                e.handleMinSeconds(), e.handleMaxSeconds(), e.handlePointsPerMinute(),
                e.answerTargetSeconds(), e.answerPointsPerSecond(),
                config.satisfaction().csatShare(), config.satisfaction().complaintsCeilingPer1000());
    }

    /** The sub-scores and score of one agent's figures. */
    public Scores score(AgentFigures f) {
        Double quality = quality(f);
        Double efficiency = efficiency(f);
        Double satisfaction = satisfaction(f);
        Double score = blend(quality, weights.quality(), efficiency, weights.efficiency(),
                satisfaction, weights.satisfaction());
        return new Scores(Ratio.round(quality, 1), Ratio.round(efficiency, 1), Ratio.round(satisfaction, 1),
                Ratio.round(score, 1));
    }

    Double quality(AgentFigures f) {
        Double qa = f.averageScore() == null ? null : clamp(f.averageScore().doubleValue());
        Double fcr = f.firstContactResolution() == null ? null : clamp(f.firstContactResolution() * 100);
        Double blended = blend(qa, qaScoreShare, fcr, 1 - qaScoreShare);
        return blended == null ? null : clamp(blended - criticalFailurePoints * f.criticalFailures());
    }

    Double efficiency(AgentFigures f) {
        Double handle = f.averageHandleSeconds() == null ? null : handlePart(f.averageHandleSeconds());
        Double answer = f.answerSpeedSeconds() == null ? null
                : clamp(100 - answerPointsPerSecond * Math.max(0, f.answerSpeedSeconds() - answerTargetSeconds));
        return blend(handle, 0.5, answer, 0.5);
    }

    Double satisfaction(AgentFigures f) {
        Double csat = f.averageCsat() == null ? null : clamp((f.averageCsat() - 1) / 4 * 100);
        Double complaints = f.complaintsPer1000() == null ? null
                : clamp(100 * (1 - f.complaintsPer1000() / complaintsCeilingPer1000));
        return blend(csat, csatShare, complaints, 1 - csatShare);
    }

    private double handlePart(double seconds) {
        double outside = seconds < handleMinSeconds ? handleMinSeconds - seconds
                : Math.max(0, seconds - handleMaxSeconds);
        return clamp(100 - handlePointsPerMinute * outside / 60);
    }

    private static Double blend(Double a, double weightA, Double b, double weightB) {
        return blend(a, weightA, b, weightB, null, 0);
    }

    /** Σ weight × value over the values present, divided by the weights present; null when none is present. */
    private static Double blend(Double a, double weightA, Double b, double weightB, Double c, double weightC) {
        double sum = 0;
        double weight = 0;
        double[] weights = {weightA, weightB, weightC};
        Double[] values = {a, b, c};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && weights[i] > 0) {
                sum += values[i] * weights[i];
                weight += weights[i];
            }
        }
        return weight == 0 ? null : sum / weight;
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(100, value));
    }

    /** Sub-scores and score, one decimal; null where there was no data. */
    public record Scores(BigDecimal quality, BigDecimal efficiency, BigDecimal satisfaction, BigDecimal score) {
    }
}
