package io.callqa.feedback.alerts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** The configured webhook targets ({@code qa.feedback.alerts.webhooks.<name>.*}) and which kinds each takes. */
@ApplicationScoped
public class WebhookTargets {

    private final AlertsConfig config;

    public WebhookTargets(AlertsConfig config) {
        this.config = config;
    }

    /** The names of the targets that take alerts of {@code kind}, sorted. */
    List<String> namesFor(AlertKind kind) {
        return config.webhooks().entrySet().stream()
                .filter(e -> e.getValue().kinds().map(kinds -> kinds.contains(kind)).orElse(true))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** The target's configuration, or empty when it has been removed since the delivery was queued. */
    Optional<AlertsConfig.Webhook> target(String name) {
        return Optional.ofNullable(config.webhooks().get(name));
    }
}
