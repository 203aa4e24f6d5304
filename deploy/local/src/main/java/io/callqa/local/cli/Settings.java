package io.callqa.local.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * One setting, looked up in order: the command-line option {@code --name}, the system property
 * {@code callqa.local.name}, the environment variable {@code CALLQA_LOCAL_NAME} (upper case, '-' as '_').
 */
public final class Settings {

    private final Map<String, String> options;
    private final Properties systemProperties;
    private final Map<String, String> environment;

    public Settings(Map<String, String> options, Properties systemProperties, Map<String, String> environment) {
        this.options = options;
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    public static String propertyName(String name) {
        return "callqa.local." + name;
    }

    public static String environmentName(String name) {
        return "CALLQA_LOCAL_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    public Optional<String> get(String name) {
        String value = options.get(name);
        if (value == null) {
            value = systemProperties.getProperty(propertyName(name));
        }
        if (value == null) {
            value = environment.get(environmentName(name));
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    public Optional<Integer> port(String name) {
        return get(name).map(value -> {
            try {
                int port = Integer.parseInt(value);
                if (port < 0 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a port number (0 for any free port), not '" + value + "'");
            }
        });
    }

    public boolean flag(String name) {
        return get(name).map(v -> v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes")).orElse(false);
    }
}
