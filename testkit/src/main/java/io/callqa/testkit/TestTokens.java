package io.callqa.testkit;

import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Bearer tokens for tests, signed (RS256) with the fixed test key pair. Roles travel in the {@code groups}
 * claim; an agent carries {@code agentId}, a team lead {@code teamId}.
 */
public final class TestTokens {

    public static final String ISSUER = "https://callqa.test/issuer";
    /** Where services find the public key: a classpath resource of this jar. */
    public static final String PUBLIC_KEY_LOCATION = "classpath:testkit/jwt-public.pem";
    private static final PrivateKey PRIVATE_KEY = Pem.privateKey(Pem.resource("jwt-private.pem"));

    private TestTokens() {
    }

    public static String agent(String agentId) {
        return sign(claims("agent", agentId).claim("agentId", agentId));
    }

    public static String teamLead(String teamId) {
        return sign(claims("team-lead", "lead-" + teamId).claim("teamId", teamId));
    }

    public static String evaluator(String userId) {
        return sign(claims("evaluator", userId));
    }

    public static String qaLead(String userId) {
        return sign(claims("qa-lead", userId));
    }

    public static String admin(String userId) {
        return sign(claims("admin", userId));
    }

    public static String acd(String clientId) {
        return sign(claims("acd", clientId));
    }

    /** A token with any role set, for tests of unusual combinations. */
    public static String withRoles(String subject, String... roles) {
        return sign(Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of(roles)));
    }

    /** A token signed by a key the services do not trust. */
    public static String forged(String role, String subject) {
        try {
            var generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims(role, subject).jws().sign(generator.generateKeyPair().getPrivate());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaimsBuilder claims(String role, String subject) {
        return Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(role).expiresIn(Duration.ofHours(2));
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("callqa-test").sign(PRIVATE_KEY);
    }
}
