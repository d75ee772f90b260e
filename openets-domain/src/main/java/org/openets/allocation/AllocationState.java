package org.openets.allocation;

import java.util.List;
import java.util.TreeMap;
import org.openets.mrv.Sector;

/** What the allocation context keeps, in sorted maps so that snapshots and hashes have one canonical order. */
final class AllocationState {

    /** Allocation years by {@link #key(String, int)} of jurisdiction and year. */
    final TreeMap<String, Year> years = new TreeMap<>();
    /** Published methods by {@link #methodKey}. */
    final TreeMap<String, MethodChoice> methods = new TreeMap<>();
    /** Recorded power units by {@link #key(String, int)} of entity and year. */
    final TreeMap<String, List<PowerUnitData>> powerUnits = new TreeMap<>();
    /** Per entity and year: what was allocated, delivered and clawed back, and the adjustments recorded. */
    final TreeMap<String, EntityYear> entityYears = new TreeMap<>();

    static String key(String id, int year) {
        return id + "/" + year;
    }

    static String methodKey(String jurisdiction, int year, Sector sector) {
        return key(jurisdiction, year) + "/" + sector.name();
    }

    Year year(String jurisdiction, int year) {
        return years.get(key(jurisdiction, year));
    }

    MethodChoice method(String jurisdiction, int year, Sector sector) {
        return methods.get(methodKey(jurisdiction, year, sector));
    }

    EntityYear entityYear(String entityId, int year, String jurisdiction) {
        return entityYears.computeIfAbsent(key(entityId, year), k -> new EntityYear(entityId, year, jurisdiction));
    }

    void clear() {
        years.clear();
        methods.clear();
        powerUnits.clear();
        entityYears.clear();
    }

    /** A published method with its decimal parameters as given. */
    record MethodChoice(AllocationMethod method, String benchmark, String controlFactor, String legalBasis) {
    }

    /** One jurisdiction's allocation year. */
    static final class Year {
        final AllocationYearOpened opened;
        /** Free allocation delivered to entities, net of claw-backs. */
        long freeDelivered;
        long released;
        long withheld;
        long cancelled;
        boolean preAllocated;

        Year(AllocationYearOpened opened) {
            this.opened = opened;
        }

        long freeRemaining() {
            return opened.freeTonnes() - freeDelivered;
        }

        long reserveRemaining() {
            return opened.reservedTonnes() + withheld - released - cancelled;
        }

        long auctionVolume() {
            return opened.auctionedTonnes() + released - withheld;
        }

        AllocationYearView view() {
            AllocationYearOpened o = opened;
            return new AllocationYearView(o.jurisdiction(), o.year(), o.unit(), o.capTonnes(), o.freeTonnes(),
                    freeDelivered, freeRemaining(), o.auctionedTonnes(), o.reservedTonnes(), released, withheld,
                    cancelled, preAllocated, o.issuanceAccountId(), o.auctionAccountId(), o.reserveAccountId());
        }
    }

    /** One entity's allocation of one year. */
    static final class EntityYear {
        final String entityId;
        final int year;
        final String jurisdiction;
        AllocationMethod method;
        long preAllocated;
        long finalTonnes = -1;
        long delivered;
        long clawedBack;
        long outstanding;
        long deductions;
        int cutBps;

        EntityYear(String entityId, int year, String jurisdiction) {
            this.entityId = entityId;
            this.year = year;
            this.jurisdiction = jurisdiction;
        }

        long net() {
            return delivered - clawedBack;
        }

        EntityAllocationView view() {
            return new EntityAllocationView(entityId, year, jurisdiction, method, preAllocated, finalTonnes, delivered,
                    clawedBack, outstanding, deductions, cutBps);
        }
    }
}
