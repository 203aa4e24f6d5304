package io.callqa.simulator.center;

import java.time.LocalDate;

/**
 * One agent (座席) of the roster: the team (班组) they belong to, the queue (技能队列) they answer and the day they
 * joined; a new hire joins within the simulated period and takes calls from that day on.
 */
public record Agent(String agentId, String name, String teamId, String supervisorId, LocalDate hireDate,
        boolean active, String queueId, boolean newHire) {

    public boolean worksOn(LocalDate day) {
        return active && !hireDate.isAfter(day);
    }
}
