package io.callqa.ingest.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Finds an API key in a request: {@code X-Api-Key}, {@code X-Amz-Firehose-Access-Key} (what Kinesis Data
 * Firehose sends) or the password of HTTP Basic authentication (what FreeSWITCH mod_json_cdr sends). Bearer
 * tokens are left to the JWT mechanism.
 */
@ApplicationScoped
public class ApiKeyMechanism implements HttpAuthenticationMechanism {

    static final String API_KEY = "X-Api-Key";
    static final String FIREHOSE_KEY = "X-Amz-Firehose-Access-Key";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        ApiKeyRequest request = presented(context.request());
        return request == null ? Uni.createFrom().nullItem() : identities.authenticate(request);
    }

    static ApiKeyRequest presented(HttpServerRequest request) {
        String key = request.getHeader(API_KEY);
        if (key != null) {
            return new ApiKeyRequest(key.trim(), "x-api-key");
        }
        key = request.getHeader(FIREHOSE_KEY);
        if (key != null) {
            return new ApiKeyRequest(key.trim(), "firehose");
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return new ApiKeyRequest(basicPassword(authorization.substring(6).trim()), "basic");
        }
        return null;
    }

    private static String basicPassword(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(colon + 1);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyRequest.class);
    }
}
