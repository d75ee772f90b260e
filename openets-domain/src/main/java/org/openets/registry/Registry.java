package org.openets.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openets.core.ApplyContext;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;
import org.openets.core.BoundedContext;
import org.openets.core.Catalog;
import org.openets.core.Command;
import org.openets.core.CommandHandlers;
import org.openets.core.Position;
import org.openets.core.RecordCodec;
import org.openets.core.Rejection;
import org.openets.core.StateHasher;
import org.openets.rulebook.Rulebook;

/**
 * The registry context (DOMAIN §4): accounts, holdings as serial blocks per position, issuance, transfers
 * with four-eyes approval, trusted lists and delays, limits, surrender, cancellation, retirement, pledges and
 * freezes. Every command is checked in full before anything changes. A frozen account sends nothing but may
 * still receive, since receiving cannot take assets out of the regulator's reach. Query methods are for
 * gateways on the engine thread and return copies.
 */
public final class Registry implements BoundedContext {

    private final RegistryState state;
    private final Rulebook rulebook;
    private final AccountHandling accounts;
    private final TransferHandling transfers;
    private final Settlement settlement;
    private final CommandHandlers handlers = new CommandHandlers();

    public Registry(Rulebook rulebook) {
        this.rulebook = rulebook;
        this.state = new RegistryState(rulebook);
        this.accounts = new AccountHandling(state);
        this.transfers = new TransferHandling(state);
        this.settlement = new Settlement(state);
        UnitHandling units = new UnitHandling(state);
        handlers.on(OpenAccount.class, accounts::open);
        handlers.on(AddRepresentative.class, accounts::addRepresentative);
        handlers.on(SetAccountTransferLimit.class, accounts::setTransferLimit);
        handlers.on(ProposeTrustedAccount.class, accounts::proposeTrusted);
        handlers.on(ApproveTrustedAccount.class, accounts::approveTrusted);
        handlers.on(RemoveTrustedAccount.class, accounts::removeTrusted);
        handlers.on(FreezeAccount.class, (c, x) -> accounts.freeze(c.accountId(), c.reason(), true, x));
        handlers.on(UnfreezeAccount.class, (c, x) -> accounts.freeze(c.accountId(), c.reason(), false, x));
        handlers.on(IssueUnits.class, units::issue);
        handlers.on(ProposeTransfer.class, transfers::propose);
        handlers.on(ApproveTransfer.class, transfers::approve);
        handlers.on(CancelTransfer.class, transfers::cancel);
        handlers.on(SurrenderUnits.class, units::surrender);
        handlers.on(CancelUnits.class, units::cancel);
        handlers.on(RetireUnits.class, units::retire);
        handlers.on(LockUnits.class, units::lock);
        handlers.on(UnlockUnits.class, units::unlock);
        handlers.on(FreezeUnits.class, units::freeze);
        handlers.on(UnfreezeUnits.class, units::unfreeze);
        handlers.on(InvalidateUnits.class, units::invalidate);
        handlers.on(ExpireUnits.class, units::expire);
    }


    @Override
    public String name() {
        return "registry";
    }

    @Override
    public void register(Catalog.Builder catalog) {
        List<Class<? extends Record>> commands = List.of(OpenAccount.class, AddRepresentative.class,
                SetAccountTransferLimit.class, ProposeTrustedAccount.class, ApproveTrustedAccount.class,
                RemoveTrustedAccount.class, IssueUnits.class, ProposeTransfer.class, ApproveTransfer.class,
                CancelTransfer.class, SurrenderUnits.class, CancelUnits.class, RetireUnits.class, LockUnits.class,
                UnlockUnits.class, FreezeAccount.class, UnfreezeAccount.class, FreezeUnits.class,
                UnfreezeUnits.class, InvalidateUnits.class, ExpireUnits.class);
        List<Class<? extends Record>> events = List.of(AccountOpened.class, RepresentativeAdded.class,
                AccountTransferLimitSet.class, TrustedAccountProposed.class, TrustedAccountApproved.class,
                TrustedAccountActivated.class, TrustedAccountRemoved.class, UnitsIssued.class,
                TransferProposed.class, TransferApproved.class, TransferExecuted.class, TransferCompleted.class,
                TransferCancelled.class, UnitsSurrendered.class, UnitsCancelled.class, UnitsRetired.class,
                UnitsLocked.class, UnitsUnlocked.class, AccountFrozen.class, AccountUnfrozen.class,
                UnitsFrozen.class, UnitsUnfrozen.class, UnitsInvalidated.class, UnitsExpired.class);
        // Codes are journaled: append to these lists, never reorder them.
        catalog.addAll(200, commands).addAll(300, events);
    }

    @Override
    public boolean handles(Class<? extends Command> type) {
        return handlers.handles(type);
    }

    @Override
    public Rejection apply(Command command, ApplyContext context) {
        Rejection rejection = handlers.apply(command, context);
        return rejection == null ? null : rejection.withRulebookVersion(rulebook.version());
    }

    @Override
    public void advanceTime(ApplyContext context) {
        while (!state.schedule.isEmpty() && state.schedule.first().atMillis() <= context.timestampMillis()) {
            Scheduled due = state.schedule.pollFirst();
            if (due.kind() == Scheduled.TRANSFER) {
                transfers.execute(due, context);
            } else {
                accounts.activate(due, context);
            }
        }
    }

    @Override
    public long nextDueAtMillis() {
        return state.schedule.isEmpty() ? Long.MAX_VALUE : state.schedule.first().atMillis();
    }

    @Override
    public void hashState(StateHasher hasher) {
        BinaryWriter out = new BinaryWriter(1 << 12);
        RegistrySnapshot.write(state, out);
        hasher.putBytes(out.toByteArray());
    }

    @Override
    public void writeSnapshot(BinaryWriter out, RecordCodec codec) {
        RegistrySnapshot.write(state, out);
    }

    @Override
    public void readSnapshot(BinaryReader in, RecordCodec codec) {
        RegistrySnapshot.read(state, in);
    }

    /** The registry's moves for the exchange and clearing, used on the engine thread while they apply. */
    public Settlement settlement() {
        return settlement;
    }

    /** Every account, sorted by id. */
    public List<AccountView> accounts() {
        List<AccountView> views = new ArrayList<>();
        new TreeMap<>(state.accounts).values().forEach(a -> views.add(view(a)));
        return views;
    }

    /** The account, or null. */
    public AccountView account(String accountId) {
        Account account = state.accounts.get(accountId);
        return account == null ? null : view(account);
    }

    private static AccountView view(Account a) {
        return new AccountView(a.accountId, a.type, a.jurisdiction, a.holderId, a.holderName,
                List.copyOf(a.representatives), a.frozen, a.transferLimitTonnes);
    }

    /** Non-zero holdings of an account: unit code (sorted) → position → tonnes. */
    public Map<String, Map<Position, Long>> holdings(String accountId) {
        Map<String, Map<Position, Long>> result = new TreeMap<>();
        Account account = state.accounts.get(accountId);
        if (account != null) {
            account.holdings.forEach((unit, holding) -> {
                Map<Position, Long> byPosition = new EnumMap<>(Position.class);
                for (Position position : Position.values()) {
                    if (holding.total(position) != 0) {
                        byPosition.put(position, holding.total(position));
                    }
                }
                if (!byPosition.isEmpty()) {
                    result.put(unit, byPosition);
                }
            });
        }
        return result;
    }

    public long balance(String accountId, String unit, Position position) {
        Account account = state.accounts.get(accountId);
        UnitHolding holding = account == null ? null : account.holdings.get(unit);
        return holding == null ? 0 : holding.total(position);
    }

    /** The serial blocks of one account, unit and position, lowest first. */
    public List<SerialBlock> blocks(String accountId, String unit, Position position) {
        Account account = state.accounts.get(accountId);
        UnitHolding holding = account == null ? null : account.holdings.get(unit);
        return holding == null || holding.total(position) == 0 || position == Position.TRADING ? List.of()
                : holding.at(position).blocks();
    }

    /** The serials of every trading position in {@code unit}, held together by the exchange, lowest first. */
    public List<SerialBlock> tradingPool(String unit) {
        SerialBlocks pool = state.tradingPool.get(unit);
        return pool == null || pool.total() == 0 ? List.of() : pool.blocks();
    }

    /** The transfer while it is open (awaiting approval or delayed), or null; finished ones are in the read model. */
    public TransferView transfer(String transferId) {
        Transfer transfer = state.transfers.get(transferId);
        return transfer == null ? null : transfer.view();
    }

    /** Transfers awaiting approval or delayed, sorted by id. */
    public List<TransferView> pendingTransfers() {
        List<TransferView> views = new ArrayList<>();
        for (Transfer t : new TreeMap<>(state.transfers).values()) {
            if (t.state == TransferState.AWAITING_APPROVAL || t.state == TransferState.DELAYED) {
                views.add(t.view());
            }
        }
        return views;
    }

    /** The trusted-list entries of an account (proposed, approved and active), sorted by trusted account. */
    public List<TrustedView> trustedList(String accountId) {
        Account account = state.accounts.get(accountId);
        if (account == null) {
            return List.of();
        }
        List<TrustedView> views = new ArrayList<>();
        for (TrustedEntry e : account.trusted.values()) {
            views.add(new TrustedView(accountId, e.trustedAccountId(), e.state(), e.proposedBy(), e.approvedBy(),
                    e.effectiveAtMillis()));
        }
        return views;
    }

    /** Every retirement in order, with beneficiary, reason and the retired blocks. */
    public List<Retirement> retirements() {
        return Collections.unmodifiableList(new ArrayList<>(state.retirements));
    }

    /** Units ever issued of a unit code (end states included). */
    public long issued(String unit) {
        IssuedUnit issued = state.units.get(unit);
        return issued == null ? 0 : issued.issued;
    }

    /** Every issued unit code, sorted. */
    public List<String> unitCodes() {
        return new ArrayList<>(new TreeMap<>(state.units).keySet());
    }
}
