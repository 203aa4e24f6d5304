package io.callqa.scoring.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.callqa.events.CallRecorded.Speaker;
import io.callqa.events.CallRecorded.TranscriptLine;

/**
 * Sensitive numbers read out by the agent (读出身份证号、银行卡号): at most one {@link Check#ID_NUMBER} and one
 * {@link Check#BANK_CARD} finding per agent utterance (see {@link SensitiveNumbers}). What the customer says is not
 * checked: a customer reading out their own number is not the agent's fault.
 */
final class NumberCheck {

    List<Finding> run(List<TranscriptLine> transcript) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < transcript.size(); i++) {
            TranscriptLine utterance = transcript.get(i);
            if (utterance.speaker() == Speaker.AGENT) {
                findings.addAll(inUtterance(i, utterance));
            }
        }
        return findings;
    }

    private static List<Finding> inUtterance(int index, TranscriptLine utterance) {
        Map<Check, SensitiveNumbers.Found> firstOfKind = new LinkedHashMap<>();
        SensitiveNumbers.in(Texts.of(utterance)).forEach(found -> firstOfKind.putIfAbsent(found.kind(), found));
        return firstOfKind.values().stream()
                .map(found -> Finding.of(found.kind(), rule(found), index, utterance, 0)).toList();
    }

    private static String rule(SensitiveNumbers.Found found) {
        return found.kind() == Check.ID_NUMBER ? "18-digit ID number with a valid check digit"
                : found.run().length() + "-digit bank-card number passing the Luhn check";
    }
}
