package org.donorcrm.platform.testapp;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.platform.consume.BatchConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/** The consumer as every service writes it: one line. */
@ApplicationScoped
public class LedgerConsumer {

    public static final String CHANNEL = "ledger-events";

    private final BatchConsumer batchConsumer;
    private final Ledger ledger;

    public LedgerConsumer(BatchConsumer batchConsumer, Ledger ledger) {
        this.batchConsumer = batchConsumer;
        this.ledger = ledger;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return batchConsumer.consume(batch, ledger);
    }
}
