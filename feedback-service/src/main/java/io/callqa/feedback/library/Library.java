package io.callqa.feedback.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads the excellent-recording library, in the caller's session: a filtered page for the library API, and an
 * agent's approved recordings with their bonus points for the agent's QA file.
 */
@ApplicationScoped
public class Library {

    /** An agent's recordings in the library, newest first, and the bonus points they earned. */
    public record AgentRecordings(List<LibraryEntryView> recordings, int bonusPoints) {
    }

    /** The agent's approved recordings and the sum of their bonus points (0 and an empty list when none). */
    public Uni<AgentRecordings> forAgent(String agentId) {
        return LibraryEntry.<LibraryEntry>list("agentId = ?1 order by approvedAt desc", agentId)
                .map(entries -> new AgentRecordings(entries.stream().map(LibraryEntryView::of).toList(),
                        entries.stream().mapToInt(e -> e.bonusPoints).sum()));
    }

    /** The recordings approved while their agents were in the team, newest first. */
    public Uni<List<LibraryEntryView>> forTeam(String teamId) {
        return LibraryEntry.<LibraryEntry>list("teamId = ?1 order by approvedAt desc", teamId)
                .map(entries -> entries.stream().map(LibraryEntryView::of).toList());
    }

    /**
     * Recordings exemplifying {@code item} (exact id), and matching {@code q} case-insensitively in the note,
     * wrap-up code, queue or item ids; each filter optional. Newest approval first.
     */
    public Uni<LibraryPage> search(String item, String q, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (item != null) {
            where.add("itemsText like :item escape '!'");
            params.and("item", "%\"" + escape(item) + "\"%");
        }
        if (q != null) {
            where.add("(lower(coalesce(note, '')) like :q escape '!' or lower(coalesce(wrapUpCode, '')) like :q escape '!'"
                    + " or lower(coalesce(queueId, '')) like :q escape '!' or lower(itemsText) like :q escape '!')");
            params.and("q", "%" + escape(q.toLowerCase()) + "%");
        }
        String query = String.join(" and ", where);
        Sort sort = Sort.descending("approvedAt").and("recordingId", Sort.Direction.Descending);
        Map<String, Object> map = params.map();
        PanacheQuery<LibraryEntry> found = query.isEmpty() ? LibraryEntry.findAll(sort)
                : LibraryEntry.find(query, sort, map);
        return found.page(Page.of(page, size)).list()
                .chain(entries -> found.count().map(total -> new LibraryPage(
                        entries.stream().map(LibraryEntryView::of).toList(), page, size, total)));
    }

    /** Escapes LIKE's wildcards (and the escape character {@code !}) so that they match themselves. */
    static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
