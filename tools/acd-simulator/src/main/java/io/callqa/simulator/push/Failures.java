package io.callqa.simulator.push;

import java.net.URI;

/** What to tell the person running the simulator when the ingest API refuses to go on. */
final class Failures {

    private Failures() {
    }

    static String explain(URI uri, int status, String problem) {
        String answer = "POST " + uri + " answered " + status + (problem.isEmpty() ? "" : ": " + problem);
        return switch (status) {
            case 401 -> answer + ". Give a valid token (--token, e.g. \"$(./run-local.sh token acd)\") or --api-key.";
            case 403 -> answer + ". The token or key is valid but lacks the acd role.";
            case 404, 405 -> answer + ". Is --url the ingest service, and does it have this endpoint?";
            case 413 -> answer + ". Use a smaller --batch.";
            case 415 -> answer + ". The service does not take this --format.";
            default -> answer;
        };
    }
}
