package io.callqa.ingest.adapters.amazonconnect;

import com.fasterxml.jackson.databind.JsonNode;

import io.callqa.ingest.adapters.AdapterJson;

/**
 * Where the call recording is. The {@code Recordings} list (newer records) is preferred: its first available entry
 * with {@code MediaStreamType} AUDIO. Otherwise the older single {@code Recording}, when it is audio. A recording
 * whose {@code Status} is DELETED is skipped. Amazon Connect writes an S3 location as {@code bucket/key} without a
 * scheme; it becomes {@code s3://bucket/key}. A location that already has a scheme, an ARN, or a non-S3
 * {@code StorageType} is kept as given.
 */
final class ContactRecordings {

    private ContactRecordings() {
    }

    static String uri(JsonNode ctr) {
        for (JsonNode recording : ctr.path("Recordings")) {
            if ("AUDIO".equals(AdapterJson.text(recording, "MediaStreamType")) && available(recording)) {
                return location(recording);
            }
        }
        JsonNode legacy = ctr.get("Recording");
        String type = AdapterJson.text(legacy, "Type");
        return legacy != null && (type == null || type.equals("AUDIO")) && available(legacy) ? location(legacy) : null;
    }

    private static boolean available(JsonNode recording) {
        return AdapterJson.text(recording, "Location") != null
                && !"DELETED".equals(AdapterJson.text(recording, "Status"));
    }

    private static String location(JsonNode recording) {
        String location = AdapterJson.text(recording, "Location");
        String storage = AdapterJson.text(recording, "StorageType");
        boolean s3 = storage == null || storage.equals("S3");
        return location.contains("://") || location.startsWith("arn:") || !s3 ? location : "s3://" + location;
    }
}
