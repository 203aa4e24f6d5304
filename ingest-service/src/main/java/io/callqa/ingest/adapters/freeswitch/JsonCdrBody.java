package io.callqa.ingest.adapters.freeswitch;

import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;

import io.callqa.ingest.adapters.AdapterJson;
import io.callqa.kit.problem.ProblemException;

/**
 * The CDR in a request from mod_json_cdr, which POSTs one CDR per call leg (to {@code <url>?uuid=<leg uuid>}) in
 * one of three ways, depending on its {@code encode} setting:
 * <ul>
 * <li>{@code encode=false}: the JSON itself, {@code Content-Type: application/json};</li>
 * <li>{@code encode=true}: a form, {@code Content-Type: application/x-www-form-urlencoded}, body {@code cdr=} and
 * the JSON url-encoded (see {@link PercentDecoding});</li>
 * <li>{@code encode=base64}: {@code Content-Type: application/x-www-form-base64-encoded}, body {@code cdr=} and the
 * JSON in base64.</li>
 * </ul>
 * A body starting with {@code {} is taken as JSON whatever its content type; anything else as the form. A
 * url-encoded form only reads when the values were not url-encoded as well (see {@link #DOUBLE_ENCODING_HINT}).
 */
public final class JsonCdrBody {

    /**
     * mod_json_cdr's {@code encode=true} uses {@code switch_url_encode}, which leaves an existing {@code %XX} as it
     * is; with {@code encode-values=true} (the default) the values are already encoded, so after the one decoding a
     * form gets, a value's quotes and line breaks land raw inside JSON strings. Nothing can tell them apart from the
     * JSON's own, so such a body cannot be read; the other two encodings are lossless.
     */
    static final String DOUBLE_ENCODING_HINT = " (with encode=true, mod_json_cdr does not encode again the values "
            + "that encode-values=true already url-encoded, so a value holding a quote or a line break breaks the "
            + "JSON: set encode to false or to base64 in json_cdr.conf.xml)";

    private JsonCdrBody() {
    }

    /** The CDR object; a 400 naming {@code body} (or {@code cdr} for a form) when there is none to read. */
    public static JsonNode parse(String contentType, byte[] body) {
        String text = AdapterJson.utf8("body", body).strip();
        if (text.isEmpty()) {
            throw ProblemException.invalid("body", "is empty; mod_json_cdr sends the CDR as JSON or as the form "
                    + "field cdr");
        }
        if (text.startsWith("{")) {
            return object("body", text);
        }
        String cdr = formField(text);
        if (contentType != null && contentType.toLowerCase().contains("base64")) {
            return object("cdr", fromBase64(cdr));
        }
        try {
            return object("cdr", PercentDecoding.decode(cdr));
        } catch (ProblemException e) {
            throw ProblemException.invalid("cdr", e.problem().errors().get(0).message() + DOUBLE_ENCODING_HINT);
        }
    }

    private static String formField(String form) {
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && PercentDecoding.decode(pair.substring(0, equals)).equals("cdr")) {
                return pair.substring(equals + 1);
            }
        }
        throw ProblemException.invalid("cdr", "is missing: the body is neither JSON nor a form with the field cdr "
                + "(mod_json_cdr posts cdr=<the CDR>)");
    }

    private static String fromBase64(String cdr) {
        try {
            byte[] bytes = Base64.getDecoder().decode(PercentDecoding.decode(cdr).strip());
            return AdapterJson.utf8("cdr", bytes);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cdr", "is not valid base64 (Content-Type says base64-encoded)");
        }
    }

    private static JsonNode object(String field, String json) {
        JsonNode cdr = AdapterJson.read(field, json);
        if (!cdr.isObject()) {
            throw ProblemException.invalid(field, "must be a JSON object (a mod_json_cdr CDR)");
        }
        return cdr;
    }
}
