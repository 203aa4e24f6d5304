package io.callqa.scoring.checks;

/**
 * The automatic transcript checks (自动质检), each with the scorecard item and reason code of the default card
 * {@code personal-qa} that a finding of it suggests deducting, and whether that item is a red line (CRITICAL),
 * where failing the item is the whole deduction.
 */
public enum Check {
    BANNED_PHRASE("S4", "BANNED_PHRASE", true),
    QUESTIONED_BACK("S3", "QUESTIONED_BACK", true),
    NO_GREETING("S1", "NO_GREETING", false),
    NO_CLOSING("S1", "NO_CLOSING", false),
    ID_NUMBER("X1", "SENSITIVE_DATA", true),
    BANK_CARD("X1", "SENSITIVE_DATA", true),
    LONG_SILENCE("C3", "DEAD_AIR", false);

    private final String itemId;
    private final String reason;
    private final boolean critical;

    Check(String itemId, String reason, boolean critical) {
        this.itemId = itemId;
        this.reason = reason;
        this.critical = critical;
    }

    /** The scorecard item a finding suggests deducting, e.g. {@code S4}. */
    public String itemId() {
        return itemId;
    }

    /** The item's reason code, e.g. {@code BANNED_PHRASE}. */
    public String reason() {
        return reason;
    }

    /** Whether the item is a red line: a finding then suggests failing it rather than deducting points. */
    public boolean critical() {
        return critical;
    }
}
