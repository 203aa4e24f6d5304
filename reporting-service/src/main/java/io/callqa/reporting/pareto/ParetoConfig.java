package io.callqa.reporting.pareto;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import io.smallrye.config.WithDefault;

/** {@code qa.reporting.pareto.*}: where the vital few end. */
@ConfigMapping(prefix = "qa.reporting.pareto")
public interface ParetoConfig {

    /** The cumulative share of points lost the vital few reach (the item that reaches it is the last of them). */
    @WithDefault("0.8")
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("1")
    BigDecimal cut();
}
