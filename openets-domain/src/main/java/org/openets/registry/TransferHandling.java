package org.openets.registry;

import java.util.List;
import org.openets.core.ApplyContext;
import org.openets.core.Position;
import org.openets.core.Rejection;
import org.openets.rulebook.Rule;

/**
 * Transfers between accounts (DOMAIN §4, EUREG Art 35). Units are reserved when proposed, so they cannot be
 * spent twice, and released if the transfer is cancelled. Outgoing transfers of account types listed in
 * {@code REG-FOUR-EYES-ACCOUNT-TYPES} wait for a second, different representative; for other accounts the
 * proposal is its own approval. The delay ({@link TransferTiming}) counts from approval; a transfer due now
 * executes in the same command (one {@link TransferCompleted} event when no approval was needed), a later one
 * on the first tick at or after its time. Limits are checked at proposal, against the trusted list then in
 * force. A transfer whose sender is frozen when it falls due is cancelled and its units return. Only open
 * transfers stay in memory: a finished one is history, kept by the journal and the read model, and the
 * registry remembers just that its id is taken.
 */
final class TransferHandling {

    static final String CANCELLED_BY_REPRESENTATIVE = "CANCELLED_BY_REPRESENTATIVE";
    static final String SENDER_FROZEN = "SENDER_FROZEN";

    private final RegistryState state;

    TransferHandling(RegistryState state) {
        this.state = state;
    }

    Rejection propose(ProposeTransfer c, ApplyContext context) {
        Rejection refused = checkProposal(c, context);
        if (refused != null) {
            return refused;
        }
        Account from = state.accounts.get(c.fromAccount());
        Account to = state.accounts.get(c.toAccount());
        long now = context.timestampMillis();
        boolean trusted = from.trusts(to);
        refused = TransferLimits.check(from, trusted, c.quantity(), state.rulebook, now);
        if (refused != null) {
            return refused;
        }
        boolean fourEyes = from.type.isIn(state.rulebook.valueAt(Rule.REG_FOUR_EYES_ACCOUNT_TYPES, now));
        long executeAt = fourEyes ? 0 : TransferTiming.executeAt(now, trusted, state.rulebook);
        UnitHolding source = from.holdings.get(c.unit());
        List<SerialBlock> blocks = source.at(Position.AVAILABLE).takeLowest(c.quantity());
        if (!fourEyes && executeAt == now) {
            to.holding(c.unit()).at(Position.AVAILABLE).add(blocks);
            state.finishedTransfers.add(RegistryState.TRANSFER_SCOPE, c.transferId());
            context.emit(new TransferCompleted(c.transferId(), c.fromAccount(), c.toAccount(), c.unit(), c.quantity(),
                    context.actorId(), blocks));
            return null;
        }
        Transfer transfer = new Transfer(c.transferId(), c.fromAccount(), c.toAccount(), c.unit(), c.quantity(),
                context.actorId(), blocks);
        state.transfers.put(c.transferId(), transfer);
        source.at(Position.RESERVED).add(blocks);
        transfer.state = TransferState.AWAITING_APPROVAL;
        context.emit(new TransferProposed(c.transferId(), c.fromAccount(), c.toAccount(), c.unit(), c.quantity(),
                context.actorId(), blocks));
        if (!fourEyes) {
            approve(transfer, executeAt, context);
        }
        return null;
    }

    private Rejection checkProposal(ProposeTransfer c, ApplyContext context) {
        Rejection invalid = AccountHandling.firstOf(Checks.id(c.transferId(), "transferId"),
                Checks.id(c.fromAccount(), "fromAccount"), Checks.id(c.toAccount(), "toAccount"),
                Checks.quantity(c.quantity()));
        if (invalid != null) {
            return invalid;
        }
        if (state.transferIdUsed(c.transferId())) {
            return Checks.duplicate("transferId");
        }
        Account from = state.accounts.get(c.fromAccount());
        if (from == null) {
            return Checks.unknownAccount("fromAccount");
        }
        if (!state.accounts.containsKey(c.toAccount())) {
            return Checks.unknownAccount("toAccount");
        }
        if (c.fromAccount().equals(c.toAccount())) {
            return Rejection.of(RegistryRejects.SAME_ACCOUNT, "toAccount", RegistryRejects.DIFFERENT_ACCOUNTS,
                    "a transfer goes to another account");
        }
        return AccountHandling.firstOf(Checks.issuedUnit(state, c.unit()),
                Checks.representative(from, context.actorId()), Checks.notFrozen(from, "fromAccount"),
                Checks.available(from, c.unit(), c.quantity()));
    }

    Rejection approve(ApproveTransfer c, ApplyContext context) {
        Rejection refused = checkPending(c.transferId(), context);
        if (refused != null) {
            return refused;
        }
        Transfer transfer = state.transfers.get(c.transferId());
        Account from = state.accounts.get(transfer.fromAccount);
        if (transfer.state != TransferState.AWAITING_APPROVAL) {
            return Rejection.of(RegistryRejects.TRANSFER_NOT_PENDING, "transferId", RegistryRejects.TRANSFER_PENDING,
                    "the transfer is not awaiting approval");
        }
        if (transfer.proposedBy.equals(context.actorId())) {
            return Rejection.of(RegistryRejects.SAME_REPRESENTATIVE, "actorId", RegistryRejects.FOUR_EYES,
                    "a second, different representative must approve");
        }
        refused = Checks.notFrozen(from, "transferId");
        if (refused != null) {
            return refused;
        }
        boolean trusted = from.trusts(state.accounts.get(transfer.toAccount));
        approve(transfer, TransferTiming.executeAt(context.timestampMillis(), trusted, state.rulebook), context);
        return null;
    }

    private void approve(Transfer transfer, long executeAt, ApplyContext context) {
        transfer.approvedBy = context.actorId();
        transfer.executeAtMillis = executeAt;
        transfer.state = TransferState.DELAYED;
        context.emit(new TransferApproved(transfer.transferId, context.actorId(), executeAt));
        if (executeAt <= context.timestampMillis()) {
            execute(transfer, context);
        } else {
            state.schedule.add(new Scheduled(executeAt, Scheduled.TRANSFER, transfer.transferId, ""));
        }
    }

    Rejection cancel(CancelTransfer c, ApplyContext context) {
        Rejection refused = checkPending(c.transferId(), context);
        if (refused != null) {
            return refused;
        }
        Transfer transfer = state.transfers.get(c.transferId());
        if (transfer.state == TransferState.DELAYED) {
            state.schedule.remove(new Scheduled(transfer.executeAtMillis, Scheduled.TRANSFER, transfer.transferId, ""));
        }
        release(transfer, CANCELLED_BY_REPRESENTATIVE, context);
        return null;
    }

    private Rejection checkPending(String transferId, ApplyContext context) {
        Rejection invalid = Checks.id(transferId, "transferId");
        if (invalid != null) {
            return invalid;
        }
        Transfer transfer = state.transfers.get(transferId);
        if (transfer == null && state.transferIdUsed(transferId)) {
            return Rejection.of(RegistryRejects.TRANSFER_NOT_PENDING, "transferId", RegistryRejects.TRANSFER_PENDING,
                    "the transfer is already completed or cancelled");
        }
        if (transfer == null) {
            return Rejection.of(RegistryRejects.UNKNOWN_TRANSFER, "transferId", RegistryRejects.TRANSFER_PENDING,
                    "no such transfer");
        }
        if (transfer.state != TransferState.AWAITING_APPROVAL && transfer.state != TransferState.DELAYED) {
            return Rejection.of(RegistryRejects.TRANSFER_NOT_PENDING, "transferId", RegistryRejects.TRANSFER_PENDING,
                    "the transfer is already " + transfer.state);
        }
        return Checks.representative(state.accounts.get(transfer.fromAccount), context.actorId());
    }

    /** Carries out a delayed transfer that has fallen due. */
    void execute(Scheduled due, ApplyContext context) {
        execute(state.transfers.get(due.id()), context);
    }

    private void execute(Transfer transfer, ApplyContext context) {
        Account from = state.accounts.get(transfer.fromAccount);
        if (from.frozen) {
            release(transfer, SENDER_FROZEN, context);
            return;
        }
        from.holding(transfer.unit).at(Position.RESERVED).remove(transfer.blocks);
        state.accounts.get(transfer.toAccount).holding(transfer.unit).at(Position.AVAILABLE).add(transfer.blocks);
        transfer.state = TransferState.COMPLETED;
        state.finish(transfer);
        context.emit(new TransferExecuted(transfer.transferId, transfer.fromAccount, transfer.toAccount, transfer.unit,
                transfer.quantity, transfer.blocks));
    }

    private void release(Transfer transfer, String reason, ApplyContext context) {
        UnitHolding holding = state.accounts.get(transfer.fromAccount).holding(transfer.unit);
        holding.at(Position.RESERVED).remove(transfer.blocks);
        holding.at(Position.AVAILABLE).add(transfer.blocks);
        transfer.state = TransferState.CANCELLED;
        state.finish(transfer);
        context.emit(new TransferCancelled(transfer.transferId, transfer.fromAccount, transfer.unit, transfer.quantity,
                context.actorId(), reason, transfer.blocks));
    }
}
