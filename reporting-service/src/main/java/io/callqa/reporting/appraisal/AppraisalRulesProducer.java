package io.callqa.reporting.appraisal;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The appraisal rules from {@code qa.reporting.appraisal.*}, built at start-up so that weights that do not add up to
 * 1 (or an upside-down handle-time band) stop the service with a message naming the keys.
 */
@ApplicationScoped
public class AppraisalRulesProducer {

    @Produces
    @Singleton
    @Startup
    AppraisalRules rules(AppraisalConfig config) {
        return AppraisalRules.from(config);
    }
}
