package io.callqa.reporting.appraisal;

/**
 * The shares of quality, efficiency and satisfaction in the appraisal score: each from 0 to 1, together 1
 * (within 0.0001), else the service does not start.
 */
public record AppraisalWeights(double quality, double efficiency, double satisfaction) {

    private static final double TOLERANCE = 1e-4;

    public AppraisalWeights {
        check("quality", quality);
        check("efficiency", efficiency);
        check("satisfaction", satisfaction);
        double sum = quality + efficiency + satisfaction;
        if (Math.abs(sum - 1.0) > TOLERANCE) {
            throw new IllegalArgumentException("qa.reporting.appraisal.weights must add up to 1, but quality "
                    + quality + " + efficiency " + efficiency + " + satisfaction " + satisfaction + " = " + sum);
        }
    }

    private static void check(String name, double weight) {
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("qa.reporting.appraisal.weights." + name + " must be from 0 to 1, not "
                    + weight);
        }
    }
}
