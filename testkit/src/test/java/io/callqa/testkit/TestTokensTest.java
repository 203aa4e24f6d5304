package io.callqa.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;

class TestTokensTest {

    private final DefaultJWTParser parser = new DefaultJWTParser(contextInfo());

    private static JWTAuthContextInfo contextInfo() {
        JWTAuthContextInfo info = new JWTAuthContextInfo(TestTokens.PUBLIC_KEY_LOCATION, TestTokens.ISSUER);
        return info;
    }

    @Test
    void agentTokenCarriesRoleAndAgentId() throws Exception {
        var jwt = parser.parse(TestTokens.agent("a-7"));

        assertEquals(Set.of("agent"), jwt.getGroups());
        assertEquals("a-7", jwt.getClaim("agentId"));
    }

    @Test
    void teamLeadTokenCarriesTeamId() throws Exception {
        var jwt = parser.parse(TestTokens.teamLead("t-1"));

        assertEquals(Set.of("team-lead"), jwt.getGroups());
        assertEquals("t-1", jwt.getClaim("teamId"));
    }

    @Test
    void forgedTokenIsRejected() {
        assertThrows(ParseException.class, () -> parser.parse(TestTokens.forged("admin", "mallory")));
    }
}
