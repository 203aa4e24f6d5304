package io.callqa.local.jwt;

import java.security.PrivateKey;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Signs bearer tokens (RS256) the services of the local stack accept. */
public final class TokenIssuer {

    /** The issuer the services expect ({@code MP_JWT_VERIFY_ISSUER}). */
    public static final String ISSUER = "https://callqa.local/issuer";

    private final PrivateKey signingKey;

    public TokenIssuer(PrivateKey signingKey) {
        this.signingKey = signingKey;
    }

    public String issue(TokenRequest request) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(request.userId())
                .upn(request.userId())
                .groups(request.role())
                .expiresIn(request.lifetime());
        if (request.agentId() != null) {
            claims.claim("agentId", request.agentId());
        }
        if (request.teamId() != null) {
            claims.claim("teamId", request.teamId());
        }
        return claims.jws().algorithm(SignatureAlgorithm.RS256).sign(signingKey);
    }
}
