package io.callqa.local.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.callqa.local.jwt.TokenRequest;

class TokenCommandTest {

    @Test
    void parsesRoleAndOptionsAfterTheCommand() {
        CommandLine commandLine = CommandLine.parse("token", "agent", "--agent", "a-7", "--ttl=30m");

        assertEquals(CommandLine.TOKEN, commandLine.command());
        assertEquals(List.of("agent"), commandLine.positionals());
        assertEquals(Map.of("agent", "a-7", "ttl", "30m"), commandLine.options());
        assertEquals(CommandLine.HELP, CommandLine.parse("token", "--help").command());
        assertEquals(CommandLine.RUN, CommandLine.parse("--free-ports").command());
    }

    @Test
    void anAgentIsItsOwnUserAndATeamLeadIsNamedAfterTheTeam() {
        assertEquals(new TokenRequest("agent", "a-7", "a-7", null), TokenCommand.request("agent", Map.of("agent", "a-7")));
        assertEquals(new TokenRequest("agent", "u-1", "u-1", null), TokenCommand.request("agent", Map.of("user", "u-1")));
        assertEquals(new TokenRequest("team-lead", "lead-t-1", null, "t-1"),
                TokenCommand.request("team-lead", Map.of("team", "t-1")));
        assertEquals(new TokenRequest("acd", "local-acd", null, null), TokenCommand.request("acd", Map.of()));
    }

    @Test
    void lifetimesAreWrittenTheShortWay() {
        assertEquals(Duration.ofSeconds(90), TokenCommand.duration("90s"));
        assertEquals(Duration.ofMinutes(30), TokenCommand.duration("30m"));
        assertEquals(Duration.ofHours(12), TokenCommand.duration("12h"));
        assertEquals(Duration.ofDays(7), TokenCommand.duration("7d"));
        assertEquals(Duration.ofHours(2), TokenCommand.duration("PT2H"));
        assertThrows(IllegalArgumentException.class, () -> TokenCommand.duration("soon"));
    }
}
