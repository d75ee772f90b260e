package org.openets.registry;

import org.openets.core.IdSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.openets.rulebook.Rulebook;

/** Everything the registry knows. Maps are hashed for speed; snapshots and hashes iterate them sorted. */
final class RegistryState {

    final Rulebook rulebook;
    final Map<String, Account> accounts = new HashMap<>();
    final Map<String, IssuedUnit> units = new HashMap<>();
    /** Open transfers only (awaiting approval or delayed); a finished one leaves its id in {@link #finishedTransfers}. */
    final Map<String, Transfer> transfers = new HashMap<>();
    /** Ids of completed and cancelled transfers, never to be reused; their details are in the journal and read model. */
    IdSet finishedTransfers = new IdSet();
    final Map<String, Hold> locks = new HashMap<>();
    final Map<String, Hold> freezes = new HashMap<>();
    final List<Retirement> retirements = new ArrayList<>();
    final TreeSet<Scheduled> schedule = new TreeSet<>();
    /** Per unit code, the serials of every account's trading position, held together by the exchange. */
    final Map<String, SerialBlocks> tradingPool = new HashMap<>();

    RegistryState(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    static final String TRANSFER_SCOPE = "transfer";

    boolean transferIdUsed(String transferId) {
        return transfers.containsKey(transferId) || finishedTransfers.contains(TRANSFER_SCOPE, transferId);
    }

    /** Forgets a transfer that has reached its end, remembering only that its id is taken. */
    void finish(Transfer transfer) {
        transfers.remove(transfer.transferId);
        finishedTransfers.add(TRANSFER_SCOPE, transfer.transferId);
    }

    /** The code of the unified-market authority, whose allowances are {@link UnitKind#UNIFIED_ALLOWANCE}. */
    String unifiedAuthority() {
        return rulebook.unifiedAuthority().code();
    }

    void clear() {
        accounts.clear();
        units.clear();
        transfers.clear();
        finishedTransfers = new IdSet();
        locks.clear();
        freezes.clear();
        retirements.clear();
        schedule.clear();
        tradingPool.clear();
    }

    /** The parsed unit code, or null if {@code unit} is not one. */
    UnitCode unitCode(String unit) {
        IssuedUnit issued = units.get(unit);
        return issued != null ? issued.code : UnitCode.parse(unit, unifiedAuthority());
    }

    /** Whether {@code quantity} more serials of {@code unit} can be numbered. */
    boolean canIssue(String unit, long quantity) {
        IssuedUnit issued = units.get(unit);
        long next = issued == null ? 1 : issued.nextSerial;
        return quantity <= Long.MAX_VALUE - next;
    }

    /** Numbers {@code quantity} new serials of a parsed unit code into the account's available position. */
    SerialBlock issue(UnitCode code, Account account, long quantity) {
        IssuedUnit issued = units.computeIfAbsent(code.code(), u -> new IssuedUnit(code));
        SerialBlock block = new SerialBlock(issued.nextSerial, issued.nextSerial + quantity - 1);
        issued.nextSerial += quantity;
        issued.issued += quantity;
        account.holding(code.code()).at(org.openets.core.Position.AVAILABLE).add(block.start(), block.end());
        return block;
    }

    SerialBlocks pool(String unit) {
        return tradingPool.computeIfAbsent(unit, u -> new SerialBlocks());
    }
}
