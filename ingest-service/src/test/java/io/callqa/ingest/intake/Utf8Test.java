package io.callqa.ingest.intake;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.callqa.kit.problem.ProblemException;

class Utf8Test {

    private static String refusal(int... bytes) {
        byte[] body = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            body[i] = (byte) bytes[i];
        }
        return assertThrows(ProblemException.class, () -> Utf8.require(body)).problem().errors().get(0).message();
    }

    @Test
    void acceptsEveryWellFormedText() {
        assertDoesNotThrow(() -> Utf8.require("您好 ok 😀 é".getBytes(UTF_8)));
        assertEquals("您好", Utf8.decode("您好".getBytes(UTF_8)));
    }

    @Test
    void namesTheFirstBadByteOfMalformedOverlongSurrogateOrTruncatedText() {
        assertEquals("is not valid UTF-8: byte 0xFF at offset 1", refusal('a', 0xFF));
        assertEquals("is not valid UTF-8: byte 0xC0 at offset 0", refusal(0xC0, 0xAF));
        assertEquals("is not valid UTF-8: byte 0xA0 at offset 1", refusal(0xED, 0xA0, 0x80));
        assertEquals("is not valid UTF-8: byte 0x28 at offset 2", refusal('x', 0xC3, 0x28));
        assertEquals("is not valid UTF-8: it ends inside the character that starts at offset 1",
                refusal('x', 0xE4, 0xBD));
    }
}
