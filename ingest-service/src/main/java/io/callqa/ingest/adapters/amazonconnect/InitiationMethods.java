package io.callqa.ingest.adapters.amazonconnect;

import io.callqa.events.CallRecorded.Channel;
import io.callqa.events.CallRecorded.Direction;
import io.callqa.ingest.adapters.CallBuilder;

/**
 * The call's direction from the contact record's {@code InitiationMethod}, seen from the contact centre: INBOUND
 * when the customer reached out, OUTBOUND when the contact centre did.
 *
 * <table>
 * <caption>InitiationMethod → direction</caption>
 * <tr><td>INBOUND</td><td>INBOUND</td><td>the customer called (or started a chat)</td></tr>
 * <tr><td>TRANSFER</td><td>INBOUND</td><td>an agent transferred the customer through a quick connect; the new
 * contact reaches the next agent through a queue (an agent's own queue for an agent quick connect)</td></tr>
 * <tr><td>QUEUE_TRANSFER</td><td>INBOUND</td><td>a flow moved the customer to another queue</td></tr>
 * <tr><td>WEBRTC_API</td><td>INBOUND</td><td>the customer called from a web or mobile app</td></tr>
 * <tr><td>API</td><td>CHAT: INBOUND, VOICE: OUTBOUND</td><td>StartChatContact is the customer's chat widget;
 * StartOutboundVoiceContact is the contact centre dialling out</td></tr>
 * <tr><td>OUTBOUND</td><td>OUTBOUND</td><td>an agent dialled the customer from the contact control panel</td></tr>
 * <tr><td>CALLBACK</td><td>OUTBOUND</td><td>a queued callback: the agent calls the customer</td></tr>
 * <tr><td>EXTERNAL_OUTBOUND</td><td>OUTBOUND</td><td>an agent added an external party by quick connect</td></tr>
 * <tr><td>AGENT_REPLY, FLOW</td><td>OUTBOUND</td><td>contact-centre-initiated (email channels, rejected
 * anyway by the channel rule)</td></tr>
 * <tr><td>MONITOR, DISCONNECT</td><td>unreadable</td><td>a supervisor listening in, and a flow run after a
 * contact ended: neither is a conversation of its own</td></tr>
 * </table>
 * A value not in this table is unreadable too, rather than guessed.
 */
final class InitiationMethods {

    private InitiationMethods() {
    }

    static Direction direction(String method, Channel channel, CallBuilder call) {
        if (method == null) {
            call.error("InitiationMethod", "is required");
            return null;
        }
        return switch (method) {
            case "INBOUND", "TRANSFER", "QUEUE_TRANSFER", "WEBRTC_API" -> Direction.INBOUND;
            case "OUTBOUND", "CALLBACK", "EXTERNAL_OUTBOUND", "AGENT_REPLY", "FLOW" -> Direction.OUTBOUND;
            case "API" -> channel == Channel.CHAT ? Direction.INBOUND : Direction.OUTBOUND;
            case "MONITOR" -> refuse(call, "is MONITOR: a supervisor listening in on another contact, whose own "
                    + "record is the one quality-checked");
            case "DISCONNECT" -> refuse(call, "is DISCONNECT: a flow run after another contact ended, not a "
                    + "conversation of its own");
            default -> refuse(call, "is " + method + ", which this adapter does not know; expected INBOUND, "
                    + "OUTBOUND, TRANSFER, QUEUE_TRANSFER, CALLBACK, API, EXTERNAL_OUTBOUND or WEBRTC_API");
        };
    }

    private static Direction refuse(CallBuilder call, String message) {
        call.error("InitiationMethod", message);
        return null;
    }
}
