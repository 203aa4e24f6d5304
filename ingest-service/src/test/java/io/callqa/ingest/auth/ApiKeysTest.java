package io.callqa.ingest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

    private static String hash(String key) {
        return HexFormat.of().formatHex(ApiKeys.sha256(key));
    }

    @Test
    void aPresentedKeyIsKnownByItsHashOnly() {
        ApiKeys keys = new ApiKeys(Map.of("genesys", hash("g-secret"), "freeswitch", hash("f-secret").toUpperCase()));
        assertEquals(Optional.of("genesys"), keys.nameOf("g-secret"));
        assertEquals(Optional.of("freeswitch"), keys.nameOf("f-secret"));
        assertTrue(keys.nameOf("g-secret ").isEmpty());
        assertTrue(keys.nameOf("").isEmpty());
    }

    @Test
    void aConfiguredValueThatIsNotAHashFailsTheStartNamingTheKey() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ApiKeys(Map.of("acd", "plain-text-key")));
        assertTrue(e.getMessage().contains("qa.ingest.api-keys.acd"));
    }
}
