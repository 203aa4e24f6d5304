package io.callqa.sampling.rules;

import java.util.Optional;

/** 对通话低于20秒的话单进行质检: every answered call, any direction, whose talk time is under the threshold. */
public final class ShortCallRule {

    private final int maxTalkSeconds;

    public ShortCallRule(int maxTalkSeconds) {
        this.maxTalkSeconds = maxTalkSeconds;
    }

    public Optional<Reason> evaluate(boolean answered, Integer talkSeconds) {
        if (!answered || talkSeconds == null || talkSeconds >= maxTalkSeconds) {
            return Optional.empty();
        }
        return Optional.of(new Reason(Rule.SHORT_CALL,
                "talk time " + talkSeconds + " s is under " + maxTalkSeconds + " s"));
    }
}
