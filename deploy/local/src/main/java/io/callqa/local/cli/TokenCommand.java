package io.callqa.local.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.callqa.local.jwt.KeyPairStore;
import io.callqa.local.jwt.TokenIssuer;
import io.callqa.local.jwt.TokenRequest;

/**
 * {@code token ROLE [--agent ID] [--team ID] [--user ID] [--ttl 12h]}: a bearer token signed with the stack's own
 * key (generated on first use), so it works against the running stack and after restarts.
 */
public final class TokenCommand {

    private TokenCommand() {
    }

    public static Set<String> names() {
        return Set.of("repo-root", "data-dir", "agent", "team", "user", "ttl");
    }

    public static String run(CommandLine commandLine, Settings settings, Path workingDirectory) throws Exception {
        if (commandLine.positionals().size() != 1) {
            throw new IllegalArgumentException("usage: token ROLE [--agent ID] [--team ID] [--user ID] [--ttl 12h]");
        }
        TokenRequest request = request(commandLine.positionals().get(0), commandLine.options());
        Path repositoryRoot = LaunchSettings.repositoryRoot(settings, workingDirectory);
        Path data = LaunchSettings.dataDirectory(settings, repositoryRoot);
        KeyPairStore keys = new KeyPairStore(data.resolve("jwt"));
        return new TokenIssuer(keys.loadOrCreate().getPrivate()).issue(request);
    }

    /** The token's claims; an agent is its own user unless --user says otherwise, and vice versa. */
    static TokenRequest request(String role, Map<String, String> options) {
        String agent = options.get("agent");
        String team = options.get("team");
        String user = options.get("user");
        if (role.equals("agent")) {
            agent = agent != null ? agent : user;
            user = user != null ? user : agent;
        } else if (user == null) {
            user = role.equals("team-lead") && team != null ? "lead-" + team : "local-" + role;
        }
        Duration ttl = options.containsKey("ttl") ? duration(options.get("ttl")) : TokenRequest.DEFAULT_LIFETIME;
        return new TokenRequest(role, user, agent, team, ttl);
    }

    /** {@code 90s}, {@code 30m}, {@code 12h}, {@code 7d}, or ISO-8601 ({@code PT2H}). */
    static Duration duration(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (value.startsWith("p")) {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            }
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            return switch (value.charAt(value.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> throw new IllegalArgumentException();
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--ttl takes a duration like 90s, 30m, 12h, 7d or PT2H, not '" + text + "'");
        }
    }
}
