package org.donorcrm.donor.duplicate;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.donorcrm.platform.http.NotFound;
import org.donorcrm.platform.http.RuleViolation;

import java.time.Instant;
import java.util.List;

/** The list of possible duplicates a person reviews: merge them (see {@link MergeService}) or dismiss them. */
@ApplicationScoped
public class DuplicateReview {

    public record Listing(List<DuplicateCandidate> items, long total) {
    }

    private final DuplicateCandidateRepository candidates;

    public DuplicateReview(DuplicateCandidateRepository candidates) {
        this.candidates = candidates;
    }

    @Transactional
    public Listing open(int page, int size) {
        var query = candidates.find("status = ?1 order by foundAt, id", DuplicateCandidate.Status.OPEN);
        return new Listing(query.page(Page.of(page, size)).list(), query.count());
    }

    @Transactional
    public DuplicateCandidate dismiss(String id, String user) {
        DuplicateCandidate candidate = candidates.findByIdOptional(id)
                .orElseThrow(() -> new NotFound("no duplicate candidate " + id));
        if (candidate.status != DuplicateCandidate.Status.OPEN) {
            throw new RuleViolation("#/status", "this pair was already " + candidate.status,
                    "pairAlreadyDecided");
        }
        candidate.status = DuplicateCandidate.Status.DISMISSED;
        candidate.decidedAt = Instant.now();
        candidate.decidedBy = user;
        return candidate;
    }
}
