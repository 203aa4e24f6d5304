package io.callqa.simulator.records;

/**
 * What the agent did wrong in an answered call, decided whether or not transcripts are written (so that complaints
 * and satisfaction follow the same calls either way): no greeting (开场白), no closing (结束语), a banned phrase
 * (服务禁语), questioning the customer back (反问), reading out an ID-card or bank-card number (a privacy red line).
 */
public record ServiceFaults(boolean noGreeting, boolean noClosing, boolean bannedPhrase, boolean questionedBack,
        boolean readOutNumber) {

    public static final ServiceFaults NONE = new ServiceFaults(false, false, false, false, false);

    /** A fault a customer would complain about. */
    public boolean serious() {
        return bannedPhrase || questionedBack || readOutNumber;
    }
}
