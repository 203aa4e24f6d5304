package io.callqa.ingest.adapters.freeswitch;

import static io.callqa.ingest.adapters.AdapterFixtures.bytes;
import static io.callqa.ingest.adapters.AdapterFixtures.json;
import static io.callqa.ingest.adapters.AdapterFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.ProblemException;

class JsonCdrBodyTest {

    @Test
    void jsonBodyIsTheCdr() {
        assertEquals(json("freeswitch/member-answered.json"),
                JsonCdrBody.parse("application/json", bytes("freeswitch/member-answered.json")));
    }

    @Test
    void urlEncodedFormWithPlainValuesIsTheCdr() {
        assertEquals(json("freeswitch/member-answered-plain-values.json"),
                JsonCdrBody.parse("application/x-www-form-urlencoded", bytes("freeswitch/member-answered.form")));
    }

    @Test
    void formCdrMapsToTheSameCallAsTheJsonCdrWithEncodedValues() {
        CdrOutcome fromForm = JsonCdrMapper.map(
                JsonCdrBody.parse("application/x-www-form-urlencoded", bytes("freeswitch/member-answered.form")));

        assertEquals(JsonCdrMapper.map(json("freeswitch/member-answered.json")), fromForm);
    }

    @Test
    void urlEncodedFormOfAlreadyEncodedValuesIsRefusedWithTheSettingToChange() {
        ProblemException refused = assertThrows(ProblemException.class, () -> JsonCdrBody.parse(
                "application/x-www-form-urlencoded", bytes("freeswitch/member-answered-encoded-values.form")));

        FieldError error = refused.problem().errors().get(0);
        assertEquals("cdr", error.field());
        assertTrue(error.message().startsWith("is not valid JSON at line 1"), error.message());
        assertTrue(error.message().endsWith(JsonCdrBody.DOUBLE_ENCODING_HINT), error.message());
    }

    @Test
    void base64FormIsDecoded() {
        String form = "cdr=" + Base64.getEncoder().encodeToString(bytes("freeswitch/agent-leg.json"));

        assertEquals(json("freeswitch/agent-leg.json"), JsonCdrBody.parse("application/x-www-form-base64-encoded",
                form.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void formWithoutCdrIsRefusedNamingCdr() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> JsonCdrBody.parse("application/x-www-form-urlencoded", utf8("uuid=7d3e9b14&x=1")));

        assertEquals(List.of(new FieldError("cdr", "is missing: the body is neither JSON nor a form with the field "
                + "cdr (mod_json_cdr posts cdr=<the CDR>)")), refused.problem().errors());
    }

    @Test
    void malformedJsonIsRefusedNamingBody() {
        String truncated = text("freeswitch/member-answered.json").substring(0, 300);

        ProblemException refused = assertThrows(ProblemException.class,
                () -> JsonCdrBody.parse("application/json", utf8(truncated)));

        assertEquals("body", refused.problem().errors().get(0).field());
    }

    @Test
    void malformedJsonInTheFormIsRefusedNamingCdr() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> JsonCdrBody.parse("application/x-www-form-urlencoded", utf8("cdr=%7B%22variables%22%3A")));

        assertEquals("cdr", refused.problem().errors().get(0).field());
    }

    @Test
    void percentDecodingKeepsALiteralPlusAndDecodesUtf8() {
        assertEquals("+86 138@default", PercentDecoding.decode("+86%20138%40default"));
        assertEquals("客服一组", PercentDecoding.decode("%E5%AE%A2%E6%9C%8D%E4%B8%80%E7%BB%84"));
        assertEquals("100% sure", PercentDecoding.decode("100% sure"));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
