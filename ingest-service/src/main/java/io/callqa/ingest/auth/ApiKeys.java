package io.callqa.ingest.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The configured API keys, kept only as SHA-256 hashes. A presented key is hashed and compared with every
 * configured hash in constant time (no early exit, {@link MessageDigest#isEqual}), so neither the timing nor
 * the logs tell anything about a key.
 */
public final class ApiKeys {

    private final Map<String, byte[]> hashes = new TreeMap<>();

    public ApiKeys(Map<String, String> hexHashesByName) {
        hexHashesByName.forEach((name, hex) -> {
            if (hex == null || !hex.trim().matches("[0-9a-fA-F]{64}")) {
                throw new IllegalArgumentException("qa.ingest.api-keys." + name
                        + " must be the SHA-256 of the key as 64 hex digits (e.g. `printf %s KEY | sha256sum`)");
            }
            hashes.put(name, HexFormat.of().parseHex(hex.trim()));
        });
    }

    /** The name of the key, when the presented key is one of them. */
    public Optional<String> nameOf(String presented) {
        byte[] hash = sha256(presented);
        String match = null;
        for (Map.Entry<String, byte[]> entry : hashes.entrySet()) {
            if (MessageDigest.isEqual(entry.getValue(), hash)) {
                match = entry.getKey();
            }
        }
        return Optional.ofNullable(match);
    }

    public boolean isEmpty() {
        return hashes.isEmpty();
    }

    public static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
