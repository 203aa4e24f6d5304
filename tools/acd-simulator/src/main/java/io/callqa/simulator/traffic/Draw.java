package io.callqa.simulator.traffic;

import java.util.List;
import java.util.SplittableRandom;

/** The distributions the model draws from, written out so that a seed gives the same numbers on every JDK. */
public final class Draw {

    private Draw() {
    }

    public static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    public static double exponential(SplittableRandom random, double mean) {
        return -Math.log(1.0 - random.nextDouble()) * mean;
    }

    /** Standard normal by Box-Muller. */
    public static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** Log-normal with the given median and shape (sigma of the underlying normal). */
    public static double logNormal(SplittableRandom random, double median, double sigma) {
        return median * Math.exp(sigma * gaussian(random));
    }

    /** Uniform integer in [from, to], both included. */
    public static int between(SplittableRandom random, int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    public static <T> T oneOf(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
