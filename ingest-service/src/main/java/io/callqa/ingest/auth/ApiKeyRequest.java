package io.callqa.ingest.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API key presented by a client; {@code toString} never shows it. */
public class ApiKeyRequest extends BaseAuthenticationRequest {

    private final String key;
    private final String transport;

    public ApiKeyRequest(String key, String transport) {
        this.key = key;
        this.transport = transport;
    }

    String key() {
        return key;
    }

    /** Which header carried it: {@code x-api-key}, {@code firehose} or {@code basic}. */
    String transport() {
        return transport;
    }

    @Override
    public String toString() {
        return "ApiKeyRequest[" + transport + "]";
    }
}
