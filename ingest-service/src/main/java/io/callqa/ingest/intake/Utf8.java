package io.callqa.ingest.intake;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import io.callqa.kit.problem.ProblemException;

/** Request bodies must be UTF-8; anything else is refused with the offset of the first bad byte. */
public final class Utf8 {

    private Utf8() {
    }

    public static String decode(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw ProblemException.invalid("body", "is not valid UTF-8: byte 0x%02X at offset %d"
                    .formatted(body[in.position()] & 0xFF, in.position()));
        }
        try {
            result = decoder.flush(out);
            if (result.isError()) {
                result.throwException();
            }
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid("body", "is not valid UTF-8: it ends inside a character");
        }
        return out.flip().toString();
    }

    /** Checks without decoding (JSON is parsed from the bytes): no allocation, one pass. */
    public static void require(byte[] body) {
        int i = 0;
        while (i < body.length) {
            int b = body[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
                    : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            int bad = firstBad(body, i, length);
            if (bad >= 0 && i + bad >= body.length) {
                throw ProblemException.invalid("body", "is not valid UTF-8: it ends inside the character that "
                        + "starts at offset " + i);
            }
            if (bad >= 0) {
                throw ProblemException.invalid("body", "is not valid UTF-8: byte 0x%02X at offset %d"
                        .formatted(body[i + bad] & 0xFF, i + bad));
            }
            i += length;
        }
    }

    /** The offset from {@code i} of the first byte that breaks the character, or -1. */
    private static int firstBad(byte[] body, int i, int length) {
        if (length == 0) {
            return 0;
        }
        int lead = body[i] & 0xFF;
        for (int k = 1; k < length; k++) {
            if (i + k >= body.length) {
                return k;
            }
            int c = body[i + k] & 0xFF;
            int min = 0x80;
            int max = 0xBF;
            if (k == 1) {
                min = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
                max = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
            }
            if (c < min || c > max) {
                return k;
            }
        }
        return -1;
    }
}
