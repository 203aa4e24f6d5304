package io.callqa.sampling.quota;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The random quota switched on (the test configuration keeps it off so that other tests' agents are not picked
 * at random). A profile of its own also means an application and a database of its own.
 */
public class RandomQuotaProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("qa.rules.random.realtime.enabled", "true", "qa.rules.random.posthoc.enabled", "true");
    }
}
