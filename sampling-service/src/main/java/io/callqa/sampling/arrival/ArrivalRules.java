package io.callqa.sampling.arrival;

import java.util.ArrayList;
import java.util.List;

import io.callqa.kit.center.CenterConfig;
import io.callqa.sampling.calls.CallRow;
import io.callqa.sampling.complaints.ComplaintPicks;
import io.callqa.sampling.neighbours.NeighbourWaits;
import io.callqa.sampling.recheck.RecheckPicks;
import io.callqa.sampling.repeats.RepeatCallPicks;
import io.callqa.sampling.rules.NewHireRule;
import io.callqa.sampling.rules.RulesConfig;
import io.callqa.sampling.rules.ShortCallRule;
import io.callqa.sampling.samples.Pick;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The rules that judge a call when its record arrives: short call and new hire from the call itself; complaint,
 * repeat caller, a waiting neighbour pick and an open coaching re-check from what the index already holds.
 */
@ApplicationScoped
public class ArrivalRules {

    private final ShortCallRule shortCall;
    private final NewHireRule newHire;
    private final ComplaintPicks complaints;
    private final RepeatCallPicks repeats;
    private final NeighbourWaits neighbours;
    private final RecheckPicks rechecks;

    public ArrivalRules(RulesConfig config, CenterConfig center, ComplaintPicks complaints, RepeatCallPicks repeats,
            NeighbourWaits neighbours, RecheckPicks rechecks) {
        this.shortCall = new ShortCallRule(config.shortCall().maxTalkSeconds());
        this.newHire = new NewHireRule(config.newHire().days(), center.zone());
        this.complaints = complaints;
        this.repeats = repeats;
        this.neighbours = neighbours;
        this.rechecks = rechecks;
    }

    public Uni<List<Pick>> picks(List<CallRow> calls) {
        List<Pick> picks = new ArrayList<>();
        for (CallRow call : calls) {
            shortCall.evaluate(call.answered(), call.talkSeconds()).ifPresent(r -> picks.add(new Pick(call, r)));
            newHire.evaluate(call.answered(), call.answeredAt(), call.hireDate())
                    .ifPresent(r -> picks.add(new Pick(call, r)));
        }
        if (calls.isEmpty()) {
            return Uni.createFrom().item(picks);
        }
        return complaints.forArrived(calls).invoke(picks::addAll)
                .chain(() -> repeats.forArrived(calls)).invoke(picks::addAll)
                .chain(() -> neighbours.forArrived(calls)).invoke(picks::addAll)
                .chain(() -> rechecks.forArrived(calls)).invoke(picks::addAll)
                .replaceWith(picks);
    }
}
