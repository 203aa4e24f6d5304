package io.callqa.simulator.traffic;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from the seed, one per purpose and part (day, queue, call). Each part of the
 * traffic draws from its own stream, so that switching transcripts on, for example, changes no call.
 */
public final class Seeds {

    private Seeds() {
    }

    public static SplittableRandom stream(long seed, String purpose, long... parts) {
        long state = mix(seed ^ 0x9E3779B97F4A7C15L) ^ mix(purpose.hashCode());
        for (long part : parts) {
            state = mix(state + 0x9E3779B97F4A7C15L + part);
        }
        return new SplittableRandom(state);
    }

    /** SplitMix64's finaliser: every input bit changes every output bit. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
