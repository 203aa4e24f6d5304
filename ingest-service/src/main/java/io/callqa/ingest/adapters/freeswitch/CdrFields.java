package io.callqa.ingest.adapters.freeswitch;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import io.callqa.ingest.adapters.AdapterJson;
import io.callqa.ingest.adapters.CallBuilder;

/**
 * Reads one mod_json_cdr CDR: the channel {@code variables} (all strings, url-encoded by default, decoded here)
 * and the leg's current caller profile, {@code callflow[0].caller_profile} (the newest profile comes first; an
 * older CDR has {@code callflow} as a single object). Caller id and destination number live in the caller profile,
 * not in the variables, unless the dialplan copied them there; the variables are read first.
 */
final class CdrFields {

    private final JsonNode variables;
    private final JsonNode profile;

    CdrFields(JsonNode cdr) {
        this.variables = cdr.path("variables");
        JsonNode callflow = cdr.path("callflow");
        this.profile = (callflow.isArray() ? callflow.path(0) : callflow).path("caller_profile");
    }

    /** The decoded variable, or null when absent or blank. */
    String variable(String name) {
        String value = PercentDecoding.decode(AdapterJson.text(variables, name));
        return value == null || value.isBlank() ? null : value;
    }

    /** The variable, else the caller profile's field of the same name. */
    String variableOrProfile(String name) {
        String value = variable(name);
        return value != null ? value : AdapterJson.text(profile, name);
    }

    /** The channel's uuid ({@code uuid}, {@code call_uuid}, {@code cc_member_session_uuid}, the profile's uuid). */
    String legUuid() {
        for (String name : new String[] {"uuid", "call_uuid", "cc_member_session_uuid"}) {
            if (variable(name) != null) {
                return variable(name);
            }
        }
        return AdapterJson.text(profile, "uuid");
    }

    /** True for a leg another channel originated (the B-leg of a bridge): its caller profile names an originator. */
    boolean originatedByAnotherLeg() {
        return variable("originating_leg_uuid") != null || profile.has("originator");
    }

    /** Epoch seconds; null when absent or 0 (FreeSWITCH's "never"), an error naming the variable when not a number. */
    Instant epoch(String name, CallBuilder call) {
        String value = variable(name);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,12}")) {
            call.error("variables." + name, "is not epoch seconds: '" + value + "'");
            return null;
        }
        long seconds = Long.parseLong(value);
        return seconds == 0 ? null : Instant.ofEpochSecond(seconds);
    }

    Instant requiredEpoch(String name, String message, CallBuilder call) {
        if (variable(name) == null) {
            call.error("variables." + name, message);
            return null;
        }
        return epoch(name, call);
    }

    Integer seconds(String name, CallBuilder call) {
        String value = variable(name);
        if (value != null && !value.matches("\\d{1,9}")) {
            call.error("variables." + name, "is not a whole number of seconds: '" + value + "'");
            return null;
        }
        return value == null ? null : Integer.valueOf(value);
    }
}
