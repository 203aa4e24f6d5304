package io.callqa.simulator.records;

/** One utterance of a call: who spoke, when (milliseconds from the answer) and what. */
public record TranscriptLine(Speaker speaker, long offsetMs, String text) {

    public enum Speaker { AGENT, CUSTOMER }
}
