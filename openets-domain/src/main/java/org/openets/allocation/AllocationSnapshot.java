package org.openets.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;
import org.openets.registry.SerialBlock;

/**
 * The canonical byte form of the allocation context, for snapshots and the state hash: years, methods, power
 * units and entity allocations, each sorted by key. Serial blocks of the opening are not kept (the registry has
 * them), so a restored year's event carries none.
 */
final class AllocationSnapshot {

    private AllocationSnapshot() {
    }

    static void write(AllocationState state, BinaryWriter out) {
        out.putInt(state.years.size());
        for (AllocationState.Year y : state.years.values()) {
            AllocationYearOpened o = y.opened;
            out.putString(o.jurisdiction()).putInt(o.year()).putString(o.unit()).putLong(o.capTonnes())
                    .putString(o.issuanceAccountId()).putString(o.auctionAccountId()).putString(o.reserveAccountId())
                    .putLong(o.auctionShareBps()).putLong(o.reserveShareBps()).putLong(o.freeTonnes())
                    .putLong(o.auctionedTonnes()).putLong(o.reservedTonnes());
            out.putLong(y.freeDelivered).putLong(y.released).putLong(y.withheld).putLong(y.cancelled)
                    .putBoolean(y.preAllocated);
        }
        out.putInt(state.methods.size());
        for (Map.Entry<String, AllocationState.MethodChoice> e : state.methods.entrySet()) {
            AllocationState.MethodChoice m = e.getValue();
            out.putString(e.getKey()).putString(m.method().name()).putString(m.benchmark())
                    .putString(m.controlFactor()).putString(m.legalBasis());
        }
        out.putInt(state.powerUnits.size());
        for (Map.Entry<String, List<PowerUnitData>> e : state.powerUnits.entrySet()) {
            out.putString(e.getKey()).putInt(e.getValue().size());
            for (PowerUnitData u : e.getValue()) {
                out.putString(u.unitId()).putString(u.unitClass().name()).putString(u.electricityMwh())
                        .putString(u.heatGj()).putString(u.loadFactor()).putLong(u.verifiedTonnes());
            }
        }
        out.putInt(state.entityYears.size());
        for (AllocationState.EntityYear e : state.entityYears.values()) {
            out.putString(e.entityId).putInt(e.year).putString(e.jurisdiction)
                    .putString(e.method == null ? null : e.method.name()).putLong(e.preAllocated)
                    .putLong(e.finalTonnes).putLong(e.delivered).putLong(e.clawedBack).putLong(e.outstanding)
                    .putLong(e.deductions).putInt(e.cutBps);
        }
    }

    static void read(AllocationState state, BinaryReader in) {
        state.clear();
        int years = in.getInt();
        for (int i = 0; i < years; i++) {
            List<SerialBlock> none = List.of();
            AllocationYearOpened o = new AllocationYearOpened(in.getString(), in.getInt(), in.getString(),
                    in.getLong(), in.getString(), in.getString(), in.getString(), in.getLong(), in.getLong(),
                    in.getLong(), in.getLong(), in.getLong(), none, none, none);
            AllocationState.Year y = new AllocationState.Year(o);
            y.freeDelivered = in.getLong();
            y.released = in.getLong();
            y.withheld = in.getLong();
            y.cancelled = in.getLong();
            y.preAllocated = in.getBoolean();
            state.years.put(AllocationState.key(o.jurisdiction(), o.year()), y);
        }
        int methods = in.getInt();
        for (int i = 0; i < methods; i++) {
            String key = in.getString();
            state.methods.put(key, new AllocationState.MethodChoice(AllocationMethod.valueOf(in.getString()),
                    in.getString(), in.getString(), in.getString()));
        }
        int powerUnits = in.getInt();
        for (int i = 0; i < powerUnits; i++) {
            String key = in.getString();
            int count = in.getInt();
            List<PowerUnitData> units = new ArrayList<>(count);
            for (int j = 0; j < count; j++) {
                units.add(new PowerUnitData(in.getString(), PowerUnitClass.valueOf(in.getString()), in.getString(),
                        in.getString(), in.getString(), in.getLong()));
            }
            state.powerUnits.put(key, List.copyOf(units));
        }
        int entityYears = in.getInt();
        for (int i = 0; i < entityYears; i++) {
            AllocationState.EntityYear e = new AllocationState.EntityYear(in.getString(), in.getInt(), in.getString());
            String method = in.getString();
            e.method = method == null ? null : AllocationMethod.valueOf(method);
            e.preAllocated = in.getLong();
            e.finalTonnes = in.getLong();
            e.delivered = in.getLong();
            e.clawedBack = in.getLong();
            e.outstanding = in.getLong();
            e.deductions = in.getLong();
            e.cutBps = in.getInt();
            state.entityYears.put(AllocationState.key(e.entityId, e.year), e);
        }
    }

}
