package io.callqa.simulator.push;

import java.net.http.HttpRequest;

/** How the simulator identifies itself: a bearer JWT, an API key ({@code X-Api-Key}) or nothing. */
public record Credentials(String token, String apiKey) {

    public void apply(HttpRequest.Builder request) {
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token.trim());
        } else if (apiKey != null && !apiKey.isBlank()) {
            request.header("X-Api-Key", apiKey.trim());
        }
    }

    public boolean none() {
        return (token == null || token.isBlank()) && (apiKey == null || apiKey.isBlank());
    }
}
