package org.donorcrm.reporting.dashboard;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.donorcrm.reporting.ledger.FiguresChanged;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells the open dashboards that the figures changed: every committed read-model change marks the figures
 * changed, and at most once a second (a burst of events is one refresh) the open streams get a "figures" event,
 * upon which the pages fetch their tiles and charts again.
 */
@ApplicationScoped
public class LiveFigures {

    private final AtomicBoolean pending = new AtomicBoolean();
    private final BroadcastProcessor<String> changes = BroadcastProcessor.create();

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) FiguresChanged change) {
        pending.set(true);
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publish() {
        if (pending.getAndSet(false)) {
            changes.onNext("changed");
        }
    }

    /** The changes from now on, one item per refresh. */
    public Multi<String> stream() {
        return changes;
    }
}
