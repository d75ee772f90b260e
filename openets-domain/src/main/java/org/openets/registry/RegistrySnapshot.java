package org.openets.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;
import org.openets.core.MalformedDataException;
import org.openets.core.Position;

/**
 * Writes and reads the whole registry state in a canonical order (sorted ids, positions in enum order, empty
 * holdings left out), so that the same state always gives the same bytes; the state hash is a hash of them.
 * The schedule is derived: delayed transfers and approved trusted-list additions are rescheduled on reading.
 */
final class RegistrySnapshot {

    private RegistrySnapshot() {
    }

    static void write(RegistryState state, BinaryWriter out) {
        out.putInt(state.accounts.size());
        for (Account account : new TreeMap<>(state.accounts).values()) {
            writeAccount(account, out);
        }
        out.putInt(state.units.size());
        for (IssuedUnit unit : new TreeMap<>(state.units).values()) {
            out.putString(unit.code.code()).putLong(unit.nextSerial).putLong(unit.issued);
        }
        out.putInt(state.transfers.size());
        for (Transfer t : new TreeMap<>(state.transfers).values()) {
            out.putString(t.transferId).putString(t.fromAccount).putString(t.toAccount).putString(t.unit)
                    .putLong(t.quantity).putString(t.proposedBy).putString(t.approvedBy).putString(t.state.name())
                    .putLong(t.executeAtMillis);
            writeBlocks(t.blocks, out);
        }
        state.finishedTransfers.write(out);
        writeHolds(state.locks, out);
        writeHolds(state.freezes, out);
        out.putInt(state.retirements.size());
        for (Retirement r : state.retirements) {
            out.putLong(r.sequence()).putString(r.accountId()).putString(r.unit()).putLong(r.quantity())
                    .putString(r.beneficiary()).putString(r.reason());
            writeBlocks(r.blocks(), out);
        }
        TreeMap<String, SerialBlocks> pool = new TreeMap<>(state.tradingPool);
        pool.values().removeIf(blocks -> blocks.total() == 0);
        out.putInt(pool.size());
        pool.forEach((unit, blocks) -> {
            out.putString(unit);
            writeBlocks(blocks.blocks(), out);
        });
    }

    private static void writeAccount(Account account, BinaryWriter out) {
        out.putString(account.accountId).putString(account.type.name()).putString(account.jurisdiction)
                .putString(account.holderId).putString(account.holderName).putBoolean(account.frozen)
                .putLong(account.transferLimitTonnes);
        out.putInt(account.representatives.size());
        account.representatives.forEach(out::putString);
        out.putInt(account.trusted.size());
        for (TrustedEntry entry : account.trusted.values()) {
            out.putString(entry.trustedAccountId()).putString(entry.state().name()).putString(entry.proposedBy())
                    .putString(entry.approvedBy()).putLong(entry.effectiveAtMillis());
        }
        TreeMap<String, UnitHolding> holdings = new TreeMap<>();
        account.holdings.forEach((unit, holding) -> {
            if (!isEmpty(holding)) {
                holdings.put(unit, holding);
            }
        });
        out.putInt(holdings.size());
        holdings.forEach((unit, holding) -> {
            out.putString(unit);
            for (Position position : Position.values()) {
                if (position == Position.TRADING) {
                    out.putLong(holding.trading);
                } else {
                    writeBlocks(holding.total(position) == 0 ? List.of() : holding.at(position).blocks(), out);
                }
            }
        });
    }

    private static boolean isEmpty(UnitHolding holding) {
        for (Position position : Position.values()) {
            if (holding.total(position) != 0) {
                return false;
            }
        }
        return true;
    }

    private static void writeHolds(Map<String, Hold> holds, BinaryWriter out) {
        out.putInt(holds.size());
        for (Hold hold : new TreeMap<>(holds).values()) {
            out.putString(hold.holdId()).putString(hold.accountId()).putString(hold.unit()).putLong(hold.quantity())
                    .putString(hold.party());
            writeBlocks(hold.blocks(), out);
        }
    }

    private static void writeBlocks(List<SerialBlock> blocks, BinaryWriter out) {
        out.putInt(blocks.size());
        for (SerialBlock block : blocks) {
            out.putLong(block.start()).putLong(block.end());
        }
    }

    static void read(RegistryState state, BinaryReader in) {
        state.clear();
        int accounts = in.getInt();
        for (int i = 0; i < accounts; i++) {
            Account account = readAccount(in);
            state.accounts.put(account.accountId, account);
            for (TrustedEntry entry : account.trusted.values()) {
                if (entry.state() == TrustedState.APPROVED) {
                    state.schedule.add(new Scheduled(entry.effectiveAtMillis(), Scheduled.TRUSTED, account.accountId,
                            entry.trustedAccountId()));
                }
            }
        }
        int units = in.getInt();
        for (int i = 0; i < units; i++) {
            IssuedUnit unit = new IssuedUnit(readUnitCode(state, in.getString()));
            unit.nextSerial = in.getLong();
            unit.issued = in.getLong();
            state.units.put(unit.code.code(), unit);
        }
        int transfers = in.getInt();
        for (int i = 0; i < transfers; i++) {
            Transfer t = readTransfer(in);
            state.transfers.put(t.transferId, t);
            if (t.state == TransferState.DELAYED) {
                state.schedule.add(new Scheduled(t.executeAtMillis, Scheduled.TRANSFER, t.transferId, ""));
            }
        }
        state.finishedTransfers.read(in);
        readHolds(state.locks, in);
        readHolds(state.freezes, in);
        int retirements = in.getInt();
        for (int i = 0; i < retirements; i++) {
            state.retirements.add(new Retirement(in.getLong(), in.getString(), in.getString(), in.getLong(),
                    in.getString(), in.getString(), readBlocks(in)));
        }
        int pools = in.getInt();
        for (int i = 0; i < pools; i++) {
            state.pool(in.getString()).add(readBlocks(in));
        }
    }

    private static UnitCode readUnitCode(RegistryState state, String code) {
        UnitCode parsed = UnitCode.parse(code, state.unifiedAuthority());
        if (parsed == null) {
            throw new MalformedDataException("snapshot names an invalid unit code");
        }
        return parsed;
    }

    private static Account readAccount(BinaryReader in) {
        Account account = new Account(in.getString(), AccountType.valueOf(in.getString()),
                in.getString(), in.getString(), in.getString());
        account.frozen = in.getBoolean();
        account.transferLimitTonnes = in.getLong();
        int representatives = in.getInt();
        for (int i = 0; i < representatives; i++) {
            account.representatives.add(in.getString());
        }
        int trusted = in.getInt();
        for (int i = 0; i < trusted; i++) {
            TrustedEntry entry = new TrustedEntry(in.getString(), TrustedState.valueOf(in.getString()), in.getString(),
                    in.getString(), in.getLong());
            account.trusted.put(entry.trustedAccountId(), entry);
        }
        int holdings = in.getInt();
        for (int i = 0; i < holdings; i++) {
            UnitHolding holding = account.holding(in.getString());
            for (Position position : Position.values()) {
                if (position == Position.TRADING) {
                    holding.trading = in.getLong();
                    continue;
                }
                List<SerialBlock> blocks = readBlocks(in);
                if (!blocks.isEmpty()) {
                    holding.at(position).add(blocks);
                }
            }
        }
        return account;
    }

    private static Transfer readTransfer(BinaryReader in) {
        String id = in.getString();
        String from = in.getString();
        String to = in.getString();
        String unit = in.getString();
        long quantity = in.getLong();
        String proposedBy = in.getString();
        String approvedBy = in.getString();
        TransferState transferState = TransferState.valueOf(in.getString());
        long executeAt = in.getLong();
        Transfer t = new Transfer(id, from, to, unit, quantity, proposedBy, readBlocks(in));
        t.approvedBy = approvedBy;
        t.state = transferState;
        t.executeAtMillis = executeAt;
        return t;
    }

    private static void readHolds(Map<String, Hold> holds, BinaryReader in) {
        int count = in.getInt();
        for (int i = 0; i < count; i++) {
            Hold hold = new Hold(in.getString(), in.getString(), in.getString(), in.getLong(), in.getString(),
                    readBlocks(in));
            holds.put(hold.holdId(), hold);
        }
    }

    private static List<SerialBlock> readBlocks(BinaryReader in) {
        int count = in.getInt();
        List<SerialBlock> blocks = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            blocks.add(new SerialBlock(in.getLong(), in.getLong()));
        }
        return List.copyOf(blocks);
    }
}
