package io.callqa.ingest.auth;

import io.callqa.ingest.IngestConfig;
import io.callqa.kit.security.Roles;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An API key that matches a configured hash is the ACD named by it ({@code api-key:<name>}, role {@code acd});
 * any other fails authentication and is counted in {@code qa.ingest.auth.failures{transport}}. Created at start-up,
 * so that a malformed configured hash stops the service at once.
 */
@Startup
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

    private final ApiKeys keys;
    private final MeterRegistry registry;

    public ApiKeyIdentityProvider(IngestConfig config, MeterRegistry registry) {
        this.keys = new ApiKeys(config.apiKeys());
        this.registry = registry;
    }

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        return Uni.createFrom().item(() -> keys.nameOf(request.key())
                .<SecurityIdentity>map(name -> QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal("api-key:" + name))
                        .addRole(Roles.ACD)
                        .build())
                .orElseThrow(() -> rejected(request)));
    }

    private RuntimeException rejected(ApiKeyRequest request) {
        registry.counter("qa.ingest.auth.failures", "transport", request.transport()).increment();
        return new AuthenticationFailedException("the API key is not valid; send a configured key (or a bearer "
                + "token with role acd)");
    }
}
