package io.callqa.reporting.calls;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How call records are counted. */
@ConfigMapping(prefix = "qa.reporting.calls")
public interface CallsConfig {

    /** An inbound call answered after waiting no longer than this counts as answered within the threshold (20秒接通率). */
    @WithDefault("20s")
    Duration answerThreshold();

    /** A call from the same caller within this time after an answered inbound call ended makes that call a repeat call (as sampling's REPEAT_CALL rule). */
    @WithDefault("24h")
    Duration repeatWindow();

    /** Calls are kept by caller this long behind the newest call seen, to find repeat calls and complaint calls' durations. */
    @WithDefault("35d")
    Duration callerRetention();
}
