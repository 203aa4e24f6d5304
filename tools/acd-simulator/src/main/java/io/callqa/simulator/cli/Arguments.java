package io.callqa.simulator.cli;

import java.util.Map;

/** Splits the arguments into the command and its options: --name value, --name=value and --switch. */
final class Arguments {

    private Arguments() {
    }

    static String read(String[] args, Map<String, String> given) {
        String command = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                given.put("help", "true");
            } else if (arg.startsWith("--")) {
                String name = arg.substring(2);
                int equals = name.indexOf('=');
                if (equals >= 0) {
                    put(given, name.substring(0, equals), name.substring(equals + 1));
                } else if (OptionParser.SWITCHES.contains(name)) {
                    put(given, name, "true");
                } else if (OptionParser.VALUES.contains(name) && i + 1 < args.length) {
                    put(given, name, args[++i]);
                } else {
                    put(given, name, null);
                }
            } else if (command == null) {
                command = arg;
            } else {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
        }
        return command;
    }

    private static void put(Map<String, String> given, String name, String value) {
        if (!OptionParser.SWITCHES.contains(name) && !OptionParser.VALUES.contains(name)) {
            throw new UsageException("unknown option --" + name);
        }
        if (value == null) {
            throw new UsageException("option --" + name + " needs a value");
        }
        if (given.put(name, value) != null) {
            throw new UsageException("option --" + name + " given twice");
        }
    }
}
