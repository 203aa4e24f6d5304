package io.callqa.local.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The launcher's arguments: an optional command ({@code token}, {@code help}) with its positional arguments,
 * and {@code --name value} / {@code --name=value} options.
 */
public record CommandLine(String command, List<String> positionals, Map<String, String> options) {

    public static final String RUN = "run";
    public static final String TOKEN = "token";
    public static final String HELP = "help";
    private static final Set<String> SWITCHES = Set.of("free-ports", "help");

    public static CommandLine parse(String... args) {
        List<String> positionals = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                options.put("help", "true");
            } else if (arg.startsWith("--")) {
                String name = arg.substring(2);
                int equals = name.indexOf('=');
                if (equals >= 0) {
                    options.put(name.substring(0, equals), name.substring(equals + 1));
                } else if (SWITCHES.contains(name)) {
                    options.put(name, "true");
                } else if (i + 1 < args.length) {
                    options.put(name, args[++i]);
                } else {
                    throw new IllegalArgumentException("option --" + name + " needs a value");
                }
            } else {
                positionals.add(arg);
            }
        }
        String command = positionals.isEmpty() ? RUN : positionals.remove(0);
        if (options.containsKey("help")) {
            command = HELP;
        }
        return new CommandLine(command, List.copyOf(positionals), Map.copyOf(options));
    }

    /** Fails on an option the command does not know, so a typo is not silently ignored. */
    public void requireKnownOptions(Set<String> known) {
        for (String name : options.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + " for '" + command + "'; see --help");
            }
        }
    }
}
