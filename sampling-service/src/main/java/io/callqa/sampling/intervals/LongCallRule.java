package io.callqa.sampling.intervals;

/** SLA_MISS_LONG_CALL: an answered inbound call whose talk time is strictly over the threshold. */
public final class LongCallRule {

    private final int minTalkSeconds;

    public LongCallRule(int minTalkSeconds) {
        this.minTalkSeconds = minTalkSeconds;
    }

    public boolean qualifies(boolean inbound, boolean answered, Integer talkSeconds) {
        return inbound && answered && talkSeconds != null && talkSeconds > minTalkSeconds;
    }
}
