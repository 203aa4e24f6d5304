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

    /** Checks without keeping the text (JSON is parsed from the bytes). */
    public static void require(byte[] body) {
        decode(body);
    }
}
