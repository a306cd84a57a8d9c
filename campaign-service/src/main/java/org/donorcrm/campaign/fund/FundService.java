package org.donorcrm.campaign.fund;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.donorcrm.campaign.audit.AuditTrail;
import org.donorcrm.campaign.code.DuplicateCode;
import org.donorcrm.platform.http.InvalidInput;
import org.donorcrm.platform.http.NotFound;
import org.donorcrm.platform.idempotency.Idempotency;
import org.donorcrm.platform.idempotency.RepeatableWrite;
import org.donorcrm.platform.outbox.Outbox;

import java.util.UUID;

/**
 * The fund catalogue. Every change writes the fund, its audit entry and a full-state {@code crm.fund.defined.v1}
 * in one transaction, so the replicas in gift-service and reporting-service follow every change.
 */
@ApplicationScoped
public class FundService {

    static final String ENTITY = "FUND";

    private final FundRepository funds;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Idempotency idempotency;

    public FundService(FundRepository funds, Outbox outbox, AuditTrail audit, Idempotency idempotency) {
        this.funds = funds;
        this.outbox = outbox;
        this.audit = audit;
        this.idempotency = idempotency;
    }

    @Transactional
    public Fund create(DefineFund command, String user, RepeatableWrite write) {
        checkPeriod(command);
        checkCodeFree(command.code(), null);
        Fund fund = new Fund();
        fund.id = UUID.randomUUID().toString();
        fund.status = FundStatus.ACTIVE;
        apply(fund, command, user);
        funds.persist(fund);
        idempotency.remember(write, fund.id, user);
        published(fund, "CREATED", user, null);
        return fund;
    }

    @Transactional
    public Fund update(String id, DefineFund command, String user) {
        Fund fund = get(id);
        checkPeriod(command);
        checkCodeFree(command.code(), id);
        FundDefined before = FundDefined.of(fund);
        apply(fund, command, user);
        published(fund, "UPDATED", user, before);
        return fund;
    }

    /** Closes the fund: gift-service then refuses new allocations to it. Closing a closed fund changes nothing. */
    @Transactional
    public Fund close(String id, String user) {
        Fund fund = get(id);
        if (fund.status == FundStatus.CLOSED) {
            return fund;
        }
        FundDefined before = FundDefined.of(fund);
        fund.status = FundStatus.CLOSED;
        fund.changedBy(user);
        published(fund, "CLOSED", user, before);
        return fund;
    }

    public Fund get(String id) {
        return funds.findByIdOptional(id).orElseThrow(() -> new NotFound("no fund " + id));
    }

    public PanacheQuery<Fund> search(EarmarkClass earmarkClass, FundStatus status) {
        return funds.search(earmarkClass, status);
    }

    private void published(Fund fund, String action, String user, FundDefined before) {
        FundDefined after = FundDefined.of(fund);
        audit.record(ENTITY, fund.id, action, user, before, after);
        outbox.write(FundDefined.TYPE, fund.id, fund.id, after);
    }

    private static void apply(Fund fund, DefineFund command, String user) {
        fund.code = command.code();
        fund.name = command.name().strip();
        fund.earmarkClass = command.earmarkClass();
        fund.activeFrom = command.activeFrom();
        fund.activeTo = command.activeTo();
        fund.funderDonorId = command.funderDonorId() == null ? null : command.funderDonorId().toLowerCase();
        fund.changedBy(user);
    }

    private static void checkPeriod(DefineFund command) {
        if (command.activeTo() != null && command.activeTo().isBefore(command.activeFrom())) {
            throw new InvalidInput("#/activeTo", "must not be before activeFrom");
        }
    }

    private void checkCodeFree(String code, String id) {
        if (funds.codeTakenByAnother(code, id)) {
            throw new DuplicateCode(code);
        }
    }
}
