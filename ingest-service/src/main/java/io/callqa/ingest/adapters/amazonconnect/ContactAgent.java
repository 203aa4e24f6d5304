package io.callqa.ingest.adapters.amazonconnect;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import io.callqa.ingest.adapters.AdapterJson;
import io.callqa.ingest.adapters.CallBuilder;

/**
 * The {@code Agent} section: who answered, when, and for how long. A contact with no agent, or one that was never
 * connected to an agent ({@code ConnectedToAgentTimestamp} absent), was not answered: it gets no agent fields.
 */
final class ContactAgent {

    private static final String[] LEVELS = {"Level5", "Level4", "Level3", "Level2", "Level1"};

    private ContactAgent() {
    }

    /** Maps the agent fields; true when an agent was connected (the call was answered). */
    static boolean map(CtrFields ctr, CallBuilder call) {
        Instant connected = ctr.instant("Agent.ConnectedToAgentTimestamp");
        if (connected == null) {
            return false;
        }
        call.put("answeredAt", connected)
                .put("agentId", agentId(ctr))
                .put("teamId", team(ctr.node("Agent.HierarchyGroups")))
                .put("talkSeconds", ctr.seconds("Agent.AgentInteractionDuration"))
                .put("holdSeconds", ctr.seconds("Agent.CustomerHoldDuration"));
        return true;
    }

    /** {@code Username}, else the agent id at the end of the agent's {@code ARN}. */
    private static String agentId(CtrFields ctr) {
        String username = ctr.text("Agent.Username");
        return username != null ? username : lastSegment(ctr.text("Agent.ARN"));
    }

    /** The group name of the deepest hierarchy level present (Level5 down to Level1), else that group's id. */
    static String team(JsonNode groups) {
        if (groups == null) {
            return null;
        }
        for (String level : LEVELS) {
            JsonNode group = groups.get(level);
            if (group != null && group.isObject()) {
                String name = AdapterJson.text(group, "GroupName");
                return name != null ? name : lastSegment(AdapterJson.text(group, "ARN"));
            }
        }
        return null;
    }

    static String lastSegment(String arn) {
        return arn == null ? null : arn.substring(arn.lastIndexOf('/') + 1);
    }
}
