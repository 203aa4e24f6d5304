package io.callqa.ingest.adapters.freeswitch;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Undoes FreeSWITCH's {@code switch_url_encode}, which mod_json_cdr applies to the values in {@code variables}
 * (its default {@code encode-values=true}) and, with {@code encode=true}, to the whole form body. That function
 * writes every byte outside printable ASCII and each of {@code  "#%&+:;<=>?@[\]^`{|}} as {@code %XX} (a space is
 * {@code %20}, a plus {@code %2B}); it never writes {@code +} for a space. So only {@code %XX} is decoded here and a
 * literal {@code +} stays a plus ({@link java.net.URLDecoder} would turn it into a space). A {@code %} not followed
 * by two hex digits is kept as it is. Decoded bytes are read as UTF-8.
 */
final class PercentDecoding {

    private PercentDecoding() {
    }

    static String decode(String value) {
        if (value == null || value.indexOf('%') < 0) {
            return value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        int i = 0;
        while (i < value.length()) {
            if (value.charAt(i) == '%' && hex(value, i + 1) >= 0 && hex(value, i + 2) >= 0) {
                bytes.write(hex(value, i + 1) * 16 + hex(value, i + 2));
                i += 3;
            } else {
                int codePoint = value.codePointAt(i);
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(String value, int at) {
        return at < value.length() ? Character.digit(value.charAt(at), 16) : -1;
    }
}
