package io.callqa.simulator.records;

/**
 * One utterance of a call: who spoke, when it began and ended (milliseconds from the answer, as speech recognition
 * gives them) and what was said.
 */
public record TranscriptLine(Speaker speaker, long offsetMs, long endOffsetMs, String text) {

    public enum Speaker { AGENT, CUSTOMER }
}
