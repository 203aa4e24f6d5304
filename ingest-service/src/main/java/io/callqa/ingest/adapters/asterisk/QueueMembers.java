package io.callqa.ingest.adapters.asterisk;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agent id from a queue member name. Agent ids elsewhere in the product are plain ("1001", "A0001"), while a
 * member's name defaults to its interface: a leading channel technology ({@code PJSIP/}, {@code SIP/},
 * {@code IAX2/}, {@code Agent/}, ...) is removed, so {@code PJSIP/1001} and {@code Agent/1001} are "1001". A
 * {@code Local/} interface also loses its context and options ({@code Local/1001@from-queue/n} is "1001"). A name
 * given in queues.conf ("Alice Wang") is kept as it is. NONE or blank is no agent.
 */
final class QueueMembers {

    private static final Pattern TECHNOLOGY = Pattern.compile("([A-Za-z][A-Za-z0-9]*)/(.+)");

    private QueueMembers() {
    }

    static String agentId(String member) {
        if (member == null || member.isBlank() || member.equals("NONE")) {
            return null;
        }
        Matcher interfaceName = TECHNOLOGY.matcher(member);
        if (!interfaceName.matches()) {
            return member;
        }
        String rest = interfaceName.group(2);
        return interfaceName.group(1).equalsIgnoreCase("Local") ? rest.split("[@/]", 2)[0] : rest;
    }
}
