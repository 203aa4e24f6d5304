package io.callqa.kit.center;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code qa.center.*}: the contact center's own settings. */
@ConfigMapping(prefix = "qa.center")
public interface CenterConfig {

    /** The center's time zone: it decides intervals, days, weeks (Monday first) and months. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();
}
