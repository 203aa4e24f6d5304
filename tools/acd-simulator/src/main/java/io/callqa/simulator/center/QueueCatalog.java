package io.callqa.simulator.center;

import java.util.List;

/** The queues a simulated center can have, busiest first; {@code --queues N} takes the first N. */
public final class QueueCatalog {

    public static final List<QueueProfile> ALL = List.of(
            new QueueProfile("Q-BILLING", 0.40, 170,
                    List.of("BILLING.QUERY", "BILLING.DISPUTE", "BILLING.PAYMENT", "BILLING.REFUND")),
            new QueueProfile("Q-TECH", 0.25, 240,
                    List.of("TECH.NO_SIGNAL", "TECH.SLOW_DATA", "TECH.DEVICE_SETUP")),
            new QueueProfile("Q-SALES", 0.15, 200,
                    List.of("SALES.PLAN_CHANGE", "SALES.NEW_LINE", "SALES.PROMOTION")),
            new QueueProfile("Q-BROADBAND", 0.08, 230,
                    List.of("BROADBAND.INSTALL", "BROADBAND.REPAIR", "BROADBAND.MOVE")),
            new QueueProfile("Q-ROAMING", 0.05, 150, List.of("ROAMING.ACTIVATE", "ROAMING.CHARGES")),
            new QueueProfile("Q-VIP", 0.04, 200, List.of("VIP.BENEFITS", "VIP.SERVICE")),
            new QueueProfile("Q-COMPLAINT", 0.03, 300, List.of("COMPLAINT.ESCALATION", "COMPLAINT.FOLLOW_UP")),
            new QueueProfile("Q-ACCOUNT", 0.03, 190,
                    List.of("ACCOUNT.PASSWORD_RESET", "ACCOUNT.OWNER_CHANGE", "ACCOUNT.CANCEL")));

    private QueueCatalog() {
    }

    public static List<QueueProfile> first(int count) {
        if (count < 1 || count > ALL.size()) {
            throw new IllegalArgumentException("queues must be between 1 and " + ALL.size());
        }
        return ALL.subList(0, count);
    }
}
