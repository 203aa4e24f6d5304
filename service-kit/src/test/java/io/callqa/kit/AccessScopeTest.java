package io.callqa.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.callqa.kit.security.AccessScope;

class AccessScopeTest {

    @Test
    void qaStaffSeeEveryone() {
        for (String role : Set.of("evaluator", "qa-lead", "admin")) {
            assertTrue(AccessScope.of(Set.of(role), null, null).allows("a-1", "t-1"), role);
        }
    }

    @Test
    void teamLeadSeesOnlyTheirTeam() {
        AccessScope scope = AccessScope.of(Set.of("team-lead"), null, "t-1");

        assertTrue(scope.allows("a-1", "t-1"));
        assertFalse(scope.allows("a-1", "t-2"));
        assertEquals("t-1", scope.teamFilter());
    }

    @Test
    void agentSeesOnlyThemself() {
        AccessScope scope = AccessScope.of(Set.of("agent"), "a-1", null);

        assertTrue(scope.allows("a-1", "t-9"));
        assertFalse(scope.allows("a-2", "t-9"));
        assertEquals("a-1", scope.agentFilter());
    }

    @Test
    void roleWithoutItsClaimSeesNothing() {
        assertFalse(AccessScope.of(Set.of("agent"), null, null).allows("a-1", "t-1"));
        assertFalse(AccessScope.of(Set.of("team-lead"), null, null).allows("a-1", "t-1"));
        assertFalse(AccessScope.of(Set.of("acd"), null, null).allows("a-1", "t-1"));
    }
}
