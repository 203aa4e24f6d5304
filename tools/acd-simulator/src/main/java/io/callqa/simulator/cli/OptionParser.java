package io.callqa.simulator.cli;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.callqa.simulator.traffic.Scenario;

/**
 * Reads {@code generate|push [--name value | --name=value | --switch]...}. The start day defaults to yesterday in
 * the center's zone ({@code --live}: today); the token and API key default to {@code CALLQA_TOKEN} and
 * {@code CALLQA_API_KEY}.
 */
public final class OptionParser {

    static final Set<String> SWITCHES = Set.of("transcripts", "live", "no-roster", "no-complaints", "quiet", "help");
    static final Set<String> VALUES = Set.of("agents", "teams", "queues", "days", "start", "zone", "seed", "out",
            "format", "url", "token", "api-key", "batch", "rate", "speed", "retries");
    static final Set<String> PUSH_ONLY = Set.of("url", "token", "api-key", "batch", "rate", "live", "speed", "retries");

    private OptionParser() {
    }

    public static Options parse(String[] args, Map<String, String> environment, Clock clock) {
        Map<String, String> given = new HashMap<>();
        String commandName = Arguments.read(args, given);
        Command command = command(commandName, given);
        if (command == Command.HELP) {
            return new Options(Command.HELP, null, null, null, null, null, null, 0, null, false, null, false, false,
                    0, false);
        }
        OptionValues values = new OptionValues(given);
        checkApplicable(command, given);
        boolean live = values.flag("live");
        ZoneId zone = values.zone("zone", ZoneId.of("Asia/Shanghai"));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Scenario scenario = scenario(values, zone, live ? today : today.minusDays(1));
        String out = given.get("out");
        if (command == Command.GENERATE && out == null) {
            throw new UsageException("generate needs --out FILE (.ndjson or .csv), or --out - for NDJSON on stdout");
        }
        return new Options(command, scenario, out, format(command, given, out),
                values.url("url", URI.create("http://localhost:8081")),
                given.getOrDefault("token", environment.get("CALLQA_TOKEN")),
                given.getOrDefault("api-key", environment.get("CALLQA_API_KEY")),
                values.integer("batch", 1000, 1, Options.MAX_BATCH),
                values.positive("rate"), live, speed(values, live),
                !values.flag("no-roster"), !values.flag("no-complaints"),
                values.integer("retries", 5, 0, 100), values.flag("quiet"));
    }

    private static Command command(String name, Map<String, String> given) {
        if (given.containsKey("help") || name == null || name.equals("help")) {
            return Command.HELP;
        }
        try {
            return Command.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown command '" + name + "': use generate or push");
        }
    }

    private static void checkApplicable(Command command, Map<String, String> given) {
        for (String name : given.keySet()) {
            if (command == Command.GENERATE && PUSH_ONLY.contains(name)) {
                throw new UsageException("--" + name + " is for push only");
            }
        }
        if (command == Command.PUSH && given.containsKey("out")) {
            throw new UsageException("--out is for generate only (push sends to --url)");
        }
        if (given.containsKey("token") && given.containsKey("api-key")) {
            throw new UsageException("give either --token or --api-key, not both");
        }
    }

    private static Scenario scenario(OptionValues values, ZoneId zone, LocalDate defaultStart) {
        try {
            return new Scenario(values.integer("agents", 50, 1, Scenario.MAX_AGENTS),
                    values.integer("teams", 5, 1, Scenario.MAX_TEAMS), values.integer("queues", 3, 1, 8),
                    values.date("start", defaultStart), values.integer("days", 1, 1, Scenario.MAX_DAYS), zone,
                    values.longValue("seed", 42), values.flag("transcripts"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Format format(Command command, Map<String, String> given, String out) {
        if (!given.containsKey("format")) {
            return command == Command.PUSH ? Format.JSON : Format.ofFile(out);
        }
        Format format = Format.parse(given.get("format"));
        if (command == Command.GENERATE && format == Format.JSON) {
            throw new UsageException("generate writes ndjson or csv");
        }
        return format;
    }

    private static Double speed(OptionValues values, boolean live) {
        Double speed = values.positive("speed");
        if (speed != null && !live) {
            throw new UsageException("--speed goes with --live (a replay without --live runs at --rate)");
        }
        return speed;
    }
}
