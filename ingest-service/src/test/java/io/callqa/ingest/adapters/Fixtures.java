package io.callqa.ingest.adapters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The vendor fixtures under {@code src/test/resources/adapters}. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String text(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/adapters/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
