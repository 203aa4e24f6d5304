package io.callqa.scoring.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.callqa.scoring.evaluations.ScoringConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class ChecksConfigTest {

    @Test
    void theMappingsDefaultsAreTheRulesDefaults() {
        ChecksConfig config = config(Map.of());

        assertTrue(config.enabled());
        assertEquals(CheckRules.defaults(), config.rules());
    }

    @Test
    void everyRuleCanBeConfigured() {
        ChecksConfig config = config(Map.of(
                "qa.scoring.checks.enabled", "false",
                "qa.scoring.checks.banned-phrases", "滚,爱办不办",
                "qa.scoring.checks.questioning-patterns", "难道.{0\\,5}吗",
                "qa.scoring.checks.silence", "15s",
                "qa.scoring.checks.speaking-time-per-character", "200ms",
                "qa.scoring.checks.closing-deduction", "3"));

        CheckRules rules = config.rules();
        assertEquals(false, config.enabled());
        assertEquals(List.of("滚", "爱办不办"), rules.bannedPhrases());
        assertEquals(List.of("难道.{0,5}吗"), rules.questioningPatterns());
        assertEquals(Duration.ofSeconds(15), rules.silence());
        assertEquals(Duration.ofMillis(200), rules.speakingTimePerCharacter());
        assertEquals(3, rules.closingDeduction());
    }

    @Test
    void mapsBesideTheServicesQaScoringMapping() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of("qa.scoring.pass-mark", "70",
                        "qa.scoring.checks.silence-deduction", "1"), "test", 500))
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(ScoringConfig.class)
                .withMapping(ChecksConfig.class)
                .withValidateUnknown(true)
                .build();

        assertEquals(1, config.getConfigMapping(ChecksConfig.class).silenceDeduction());
        assertEquals(70, config.getConfigMapping(ScoringConfig.class).passMark().intValue());
    }

    private static ChecksConfig config(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(ChecksConfig.class)
                .build();
        return config.getConfigMapping(ChecksConfig.class);
    }
}
