package org.openets.demo;

import java.util.ArrayList;
import java.util.List;
import org.openets.allocation.Allocation;
import org.openets.allocation.AllocationYearView;
import org.openets.auction.AuctionView;
import org.openets.auction.Auctions;
import org.openets.compliance.Compliance;
import org.openets.compliance.ComplianceStanding;
import org.openets.compliance.ComplianceView;
import org.openets.engine.Engine;

/**
 * What a compliance year came to in each jurisdiction: the cap and its split, what was emitted and surrendered by
 * the entities with a regional obligation, the compliance rate, fines, deductions and auction revenue. Read from
 * the engine's own views, so it agrees with the API to the tonne and the fen.
 */
public record CycleSummary(int year, List<Jurisdiction> jurisdictions) {

    /**
     * @param complianceRateBps compliant entities per 10,000 assessed, rounded half-up
     * @param nationalEntities  entities on the national list for the year, which surrender there
     */
    public record Jurisdiction(String code, long capTonnes, long freeTonnes, long freeDeliveredTonnes,
                               long auctionedTonnes, long reservedTonnes, int assessedEntities, int nationalEntities,
                               long emissionsTonnes, long allowancesSurrenderedTonnes, long offsetsUsedTonnes,
                               int compliantEntities, long complianceRateBps, long shortfallTonnes,
                               long finesImposedFen, long deductionTonnes, long auctionSoldTonnes,
                               long auctionClearingPriceFen, long auctionRevenueFen) {
    }

    /** On the engine thread. */
    public static CycleSummary of(Engine engine, int year) {
        List<Jurisdiction> rows = new ArrayList<>();
        for (String j : List.of("SC", "CQ")) {
            rows.add(jurisdiction(engine, j, year));
        }
        return new CycleSummary(year, rows);
    }

    private static Jurisdiction jurisdiction(Engine engine, String j, int year) {
        AllocationYearView cap = engine.context(Allocation.class).year(j, year);
        int assessed = 0;
        int national = 0;
        int compliant = 0;
        long emissions = 0;
        long allowances = 0;
        long offsets = 0;
        long shortfall = 0;
        long fines = 0;
        long deductions = 0;
        for (ComplianceView s : engine.context(Compliance.class).statuses(year)) {
            if (!s.jurisdiction().equals(j)) {
                continue;
            }
            if (s.standing() == ComplianceStanding.NATIONAL_MARKET) {
                national++;
                continue;
            }
            if (!s.reported() && s.standing() != ComplianceStanding.NOT_REPORTED) {
                continue;
            }
            assessed++;
            compliant += s.standing() == ComplianceStanding.COMPLIANT ? 1 : 0;
            emissions += s.obligationTonnes();
            allowances += s.allowancesSurrendered();
            offsets += s.creditsSurrendered();
            shortfall += s.shortfallTonnes();
            fines += s.fineImposedFen();
            deductions += s.deductionTonnes();
        }
        long sold = 0;
        long price = 0;
        long revenue = 0;
        for (AuctionView a : engine.context(Auctions.class).auctions()) {
            if (a.jurisdiction().equals(j) && a.unit().equals(j + "EA-" + year) && a.result() != null) {
                sold += a.result().soldTonnes();
                price = a.result().clearingPriceFen();
                revenue += a.result().proceedsFen();
            }
        }
        long rate = assessed == 0 ? 0 : (compliant * 20_000L / assessed + 1) / 2;
        return new Jurisdiction(j, cap == null ? 0 : cap.capTonnes(), cap == null ? 0 : cap.freePoolTonnes(),
                cap == null ? 0 : cap.freeDeliveredTonnes(), cap == null ? 0 : cap.auctionedTonnes(),
                cap == null ? 0 : cap.reservedTonnes(), assessed, national, emissions, allowances, offsets, compliant,
                rate, shortfall, fines, deductions, sold, price, revenue);
    }
}
