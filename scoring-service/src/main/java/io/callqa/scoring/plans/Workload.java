package io.callqa.scoring.plans;

import java.util.Objects;

/**
 * Where one person of this month's plan stands: their target, the tasks they completed this month ({@code done}) and
 * the tasks assigned to them and still open ({@code open}). Their load is (done + open) ÷ target.
 */
public record Workload(String personId, int target, int done, int open) {

    public Workload {
        Objects.requireNonNull(personId, "personId");
        if (target <= 0) {
            throw new IllegalArgumentException("target of " + personId + " must be greater than 0, was " + target);
        }
        if (done < 0 || open < 0) {
            throw new IllegalArgumentException("done and open of " + personId + " must not be negative");
        }
    }

    /** (done + open) ÷ target, for display; {@link Assigner} compares loads exactly with {@link #compareLoad}. */
    public double load() {
        return (double) taken() / target;
    }

    /** Tasks taken on so far this month: done + open. */
    public long taken() {
        return (long) done + open;
    }

    /** What is left of the target once the open tasks are done: target − (done + open); negative when over target. */
    public long remaining() {
        return target - taken();
    }

    /** The same person with one more open task. */
    public Workload plusOneOpen() {
        return new Workload(personId, target, done, open + 1);
    }

    /**
     * Compares the loads exactly by cross-multiplying in {@code long}: a.taken × b.target against b.taken × a.target
     * (below 2^63 for any int counts, since taken < 2^32 and target < 2^31).
     */
    public static int compareLoad(Workload a, Workload b) {
        return Long.compare(a.taken() * b.target(), b.taken() * a.target());
    }
}
