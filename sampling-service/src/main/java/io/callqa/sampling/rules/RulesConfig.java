package io.callqa.sampling.rules;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code qa.rules.*}: the thresholds of the center's sampling regulation. */
@ConfigMapping(prefix = "qa.rules")
public interface RulesConfig {

    ShortCall shortCall();

    Due due();

    interface ShortCall {
        /** An answered call whose talk time is strictly below this many seconds is sampled. */
        @WithDefault("20")
        int maxTalkSeconds();
    }

    interface Due {
        /** How long an evaluator has for a REALTIME sample (实时质检). */
        @WithDefault("4h")
        Duration realtime();

        /** How long an evaluator has for a POSTHOC sample (事后质检). */
        @WithDefault("3d")
        Duration posthoc();
    }
}
