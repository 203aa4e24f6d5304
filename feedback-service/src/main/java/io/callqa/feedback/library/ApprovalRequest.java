package io.callqa.feedback.library;

import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * A QA lead's approval: the items the recording exemplifies (left out: those the evaluation scored full marks) and
 * a note for those who will listen to it.
 */
public record ApprovalRequest(
        @Size(max = 50) List<String> items,
        @Size(max = 4000) String note) {
}
