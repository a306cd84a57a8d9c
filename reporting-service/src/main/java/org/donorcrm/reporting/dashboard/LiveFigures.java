package org.donorcrm.reporting.dashboard;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import org.donorcrm.reporting.ledger.FiguresChanged;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells the open dashboards that the figures changed: every committed read-model change of this replica marks the
 * figures changed, and so does a new row in the income ledger written by any replica's consumer (each replica of
 * reporting-service consumes its share of the partitions, so a gift may land on another one): the ledger's highest
 * row id, read once a second through its primary key, is the sign. At most once a second (a burst of events is one
 * refresh) the open streams get a "figures" event, upon which the pages fetch their tiles and charts again.
 */
@ApplicationScoped
public class LiveFigures {

    private static final Logger LOG = Logger.getLogger(LiveFigures.class);

    private final AtomicBoolean pending = new AtomicBoolean();
    private final BroadcastProcessor<String> changes = BroadcastProcessor.create();
    private final EntityManager entityManager;
    /** The ledger's highest row id at the last tick; -1 before the first. */
    private long lastLedgerRow = -1;

    public LiveFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) FiguresChanged change) {
        pending.set(true);
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publish() {
        boolean changed = pending.getAndSet(false);
        long ledgerRow = lastLedgerRow;
        try {
            ledgerRow = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                    .createNativeQuery("select coalesce(max(id), 0) from income_movement").getSingleResult())
                    .longValue());
        } catch (RuntimeException e) {
            LOG.debugf("ledger not read for the live figures: %s", e.getClass().getSimpleName());
        }
        if (lastLedgerRow >= 0 && ledgerRow != lastLedgerRow) {
            changed = true;
        }
        lastLedgerRow = ledgerRow;
        if (changed) {
            changes.onNext("changed");
        }
    }

    /** The changes from now on, one item per refresh. */
    public Multi<String> stream() {
        return changes;
    }
}
