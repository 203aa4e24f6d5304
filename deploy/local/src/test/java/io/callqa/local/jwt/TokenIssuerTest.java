package io.callqa.local.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenIssuerTest {

    @TempDir
    Path directory;

    private KeyPair keys;
    private TokenIssuer issuer;

    @BeforeEach
    void keys() throws Exception {
        keys = new KeyPairStore(directory).loadOrCreate();
        issuer = new TokenIssuer(keys.getPrivate());
    }

    @Test
    void agentTokenCarriesUserRoleAndAgentIdForTwelveHours() throws Exception {
        JwtClaims claims = verify(issuer.issue(new TokenRequest("agent", "a-1001", "a-1001", null)));

        assertEquals(TokenIssuer.ISSUER, claims.getIssuer());
        assertEquals("a-1001", claims.getSubject());
        assertEquals("a-1001", claims.getStringClaimValue("upn"));
        assertEquals(List.of("agent"), claims.getStringListClaimValue("groups"));
        assertEquals("a-1001", claims.getStringClaimValue("agentId"));
        assertFalse(claims.hasClaim("teamId"));
        long lifetime = claims.getExpirationTime().getValue() - Instant.now().getEpochSecond();
        assertTrue(Math.abs(lifetime - Duration.ofHours(12).toSeconds()) < 60, "expires in " + lifetime + " s");
    }

    @Test
    void teamLeadTokenCarriesTeamId() throws Exception {
        JwtClaims claims = verify(issuer.issue(new TokenRequest("team-lead", "lead-1", null, "t-7")));

        assertEquals(List.of("team-lead"), claims.getStringListClaimValue("groups"));
        assertEquals("t-7", claims.getStringClaimValue("teamId"));
        assertFalse(claims.hasClaim("agentId"));
    }

    @Test
    void machineTokenHasNeitherAgentNorTeam() throws Exception {
        JwtClaims claims = verify(issuer.issue(new TokenRequest("acd", "acd-1", null, null, Duration.ofMinutes(5))));

        assertEquals(List.of("acd"), claims.getStringListClaimValue("groups"));
        assertFalse(claims.hasClaim("agentId") || claims.hasClaim("teamId"));
    }

    @Test
    void tokenSignedByAnotherKeyIsRejected() throws Exception {
        KeyPair other = new KeyPairStore(directory.resolve("other")).loadOrCreate();
        String token = new TokenIssuer(other.getPrivate()).issue(new TokenRequest("admin", "root", null, null));

        assertThrows(InvalidJwtException.class, () -> verify(token));
    }

    @Test
    void rejectsRequestsTheServicesCouldNotMakeSenseOf() {
        assertThrows(IllegalArgumentException.class, () -> new TokenRequest("boss", "u", null, null));
        assertThrows(IllegalArgumentException.class, () -> new TokenRequest("agent", "u", null, null));
        assertThrows(IllegalArgumentException.class, () -> new TokenRequest("team-lead", "u", null, " "));
        assertThrows(IllegalArgumentException.class, () -> new TokenRequest("evaluator", "u", "a-1", null));
        assertThrows(IllegalArgumentException.class, () -> new TokenRequest("qa-lead", "", null, null));
    }

    private JwtClaims verify(String token) throws InvalidJwtException {
        return new JwtConsumerBuilder()
                .setVerificationKey(keys.getPublic())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(TokenIssuer.ISSUER)
                .setRequireExpirationTime()
                .setRequireSubject()
                .build()
                .processToClaims(token);
    }
}
