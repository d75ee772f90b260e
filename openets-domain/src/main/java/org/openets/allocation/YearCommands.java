package org.openets.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openets.core.ApplyContext;
import org.openets.core.Position;
import org.openets.core.RejectCode;
import org.openets.core.RuleId;
import org.openets.mrv.EntityRegistered;
import org.openets.mrv.Mrv;
import org.openets.registry.AccountType;
import org.openets.registry.RegistryRejects;
import org.openets.registry.SerialBlock;
import org.openets.registry.Settlement;
import org.openets.registry.UnitCode;
import org.openets.rulebook.Rule;
import org.openets.rulebook.Rulebook;

/** Opening a year with its cap split, publishing methods and recording power units (DOMAIN §5, §9). */
final class YearCommands {

    private static final BigDecimal BPS = BigDecimal.valueOf(10_000);

    private final AllocationState state;
    private final Rulebook rulebook;
    private final Settlement registry;
    private final Mrv mrv;

    YearCommands(AllocationState state, Rulebook rulebook, Settlement registry, Mrv mrv) {
        this.state = state;
        this.rulebook = rulebook;
        this.registry = registry;
        this.mrv = mrv;
    }

    void open(OpenAllocationYear c, ApplyContext context) {
        Checks.jurisdiction(rulebook, c.jurisdiction());
        Refused.year(c.year());
        Checks.regulator(rulebook, context, c.jurisdiction());
        Refused.require(state.year(c.jurisdiction(), c.year()) == null, AllocationRejects.YEAR_EXISTS, "year",
                AllocationRejects.YEAR_ONCE, c.jurisdiction() + " has opened " + c.year() + " already");
        Refused.tonnes("capTonnes", c.capTonnes());
        String unit = c.jurisdiction() + "EA-" + c.year();
        String unified = rulebook.unifiedAuthority() == null ? null : rulebook.unifiedAuthority().code();
        Refused.require(UnitCode.parse(unit, unified) != null, RejectCode.INVALID_FIELD, "year",
                RegistryRejects.UNIT_CODE, unit + " is not a unit code");
        account(c.issuanceAccountId(), "issuanceAccountId", AccountType.GOVERNMENT_ISSUANCE, c.jurisdiction());
        account(c.auctionAccountId(), "auctionAccountId", AccountType.AUCTION, c.jurisdiction());
        account(c.reserveAccountId(), "reserveAccountId", AccountType.RESERVE, c.jurisdiction());
        Refused.require(!registry.isFrozen(c.issuanceAccountId()), RegistryRejects.ACCOUNT_FROZEN,
                "issuanceAccountId", RegistryRejects.FROZEN_ACCOUNT_SENDS_NOTHING, "a frozen account sends nothing");
        Refused.require(registry.canIssue(unit, c.capTonnes()), RegistryRejects.SERIALS_EXHAUSTED, "capTonnes",
                RegistryRejects.SERIAL_CAPACITY, "no room for " + c.capTonnes() + " more serials of " + unit);
        // The shares in force at 00:00 CST on 1 January of the year, so that amendments apply from a year on.
        long firstOfYear = Rulebook.epochMillisAt(LocalDate.of(c.year(), 1, 1).toEpochDay(), 0);
        long auctionBps = rulebook.valueAt(Rule.ALC_AUCTION_SHARE_BPS, c.jurisdiction(), firstOfYear);
        long reserveBps = rulebook.valueAt(Rule.ALC_RESERVE_SHARE_BPS, firstOfYear);
        long auctioned = Math.multiplyExact(c.capTonnes(), auctionBps) / 10_000;
        long reserved = CapSplit.reserveVolume(c.capTonnes(), BigDecimal.valueOf(reserveBps).divide(BPS));
        Refused.require(auctioned + reserved <= c.capTonnes(), AllocationRejects.BAD_INPUT, "capTonnes",
                Rule.ALC_AUCTION_SHARE_BPS.id(), "auction (" + auctionBps + " bps) and reserve (" + reserveBps
                        + " bps) shares exceed the cap");
        CapSplit split = CapSplit.of(c.capTonnes(), c.capTonnes() - auctioned - reserved,
                BigDecimal.valueOf(reserveBps).divide(BPS));
        List<SerialBlock> issued = List.of(registry.issue(c.issuanceAccountId(), unit, c.capTonnes()));
        List<SerialBlock> toAuction = move(c.issuanceAccountId(), c.auctionAccountId(), unit, split.auctionedTonnes());
        List<SerialBlock> toReserve = move(c.issuanceAccountId(), c.reserveAccountId(), unit, split.reservedTonnes());
        AllocationYearOpened opened = new AllocationYearOpened(c.jurisdiction(), c.year(), unit, c.capTonnes(),
                c.issuanceAccountId(), c.auctionAccountId(), c.reserveAccountId(), auctionBps, reserveBps,
                split.freeTonnes(), split.auctionedTonnes(), split.reservedTonnes(), issued, toAuction, toReserve);
        state.years.put(AllocationState.key(c.jurisdiction(), c.year()), new AllocationState.Year(opened));
        context.emit(opened);
    }

    private List<SerialBlock> move(String from, String to, String unit, long quantity) {
        return quantity == 0 ? List.of() : registry.deliver(from, Position.AVAILABLE, to, Position.AVAILABLE, unit,
                quantity);
    }

    private void account(String accountId, String field, AccountType type, String jurisdiction) {
        Refused.text(field, accountId);
        AccountType actual = registry.type(accountId);
        Refused.require(actual != null, RegistryRejects.UNKNOWN_ACCOUNT, field, RegistryRejects.ACCOUNT_KNOWN,
                "no registry account " + accountId);
        Refused.require(actual == type && jurisdiction.equals(registry.jurisdiction(accountId)),
                AllocationRejects.WRONG_ACCOUNT, field, AllocationRejects.GOVERNMENT_ACCOUNTS, accountId
                        + " is a " + actual + " account of " + registry.jurisdiction(accountId) + ", not a " + type
                        + " account of " + jurisdiction);
    }

    void setMethod(SetAllocationMethod c, ApplyContext context) {
        Checks.jurisdiction(rulebook, c.jurisdiction());
        Refused.year(c.year());
        Refused.require(c.sector() != null, RejectCode.INVALID_FIELD, "sector", AllocationRejects.FIELD_FORMAT,
                "is missing");
        Refused.require(c.method() != null, RejectCode.INVALID_FIELD, "method", AllocationRejects.FIELD_FORMAT,
                "is missing");
        Refused.text("legalBasis", c.legalBasis());
        Checks.regulator(rulebook, context, c.jurisdiction());
        String benchmark = "";
        String controlFactor = "";
        switch (c.method()) {
            case BENCHMARK -> benchmark = decimalText("benchmark", c.benchmark(), "100",
                    RuleId.of(AllocationRuleIds.BENCHMARK));
            case GRANDFATHERING, HISTORICAL_INTENSITY -> controlFactor = decimalText("controlFactor",
                    c.controlFactor(), "2", RuleId.of(AllocationRuleIds.CONTROL_FACTOR));
            case POWER -> benchmark = MethodAmounts.benchmarks(c.benchmark()).source();
        }
        Refused.require(c.method() == AllocationMethod.BENCHMARK || c.method() == AllocationMethod.POWER
                        || Refused.blank(c.benchmark()), RejectCode.INVALID_FIELD, "benchmark",
                RuleId.of(AllocationRuleIds.BENCHMARK), c.method() + " takes no benchmark");
        Refused.require(!controlFactor.isEmpty() || Refused.blank(c.controlFactor()), RejectCode.INVALID_FIELD,
                "controlFactor", RuleId.of(AllocationRuleIds.CONTROL_FACTOR), c.method() + " takes no control factor");
        AllocationState.Year year = state.year(c.jurisdiction(), c.year());
        state.methods.put(AllocationState.methodKey(c.jurisdiction(), c.year(), c.sector()),
                new AllocationState.MethodChoice(c.method(), benchmark, controlFactor, c.legalBasis()));
        context.emit(new AllocationMethodSet(c.jurisdiction(), c.year(), c.sector(), c.method(), benchmark,
                controlFactor, c.legalBasis(), year != null && year.preAllocated));
    }

    /** A positive decimal up to {@code max}; refused under {@link AllocationRejects#DECIMAL_FORMAT}. */
    private static String decimalText(String field, String text, String max, RuleId rule) {
        Refused.require(!Refused.blank(text), RejectCode.INVALID_FIELD, field, rule, "is required for this method");
        return Refused.decimal(field, text, "0", true, max).toPlainString();
    }

    void recordUnits(RecordPowerUnits c, ApplyContext context) {
        Refused.text("entityId", c.entityId());
        Refused.year(c.year());
        EntityRegistered entity = Checks.entity(mrv, c.entityId());
        Checks.regulator(rulebook, context, entity.jurisdiction());
        List<PowerUnitData> units = c.units();
        Refused.require(units != null && !units.isEmpty() && units.size() <= AllocationRejects.MAX_UNITS,
                RejectCode.INVALID_FIELD, "units", AllocationRejects.FIELD_FORMAT, "1 to "
                        + AllocationRejects.MAX_UNITS + " units are required");
        Set<String> ids = new HashSet<>();
        long verified = 0;
        for (int i = 0; i < units.size(); i++) {
            PowerUnitData u = units.get(i);
            String at = "units[" + i + "].";
            Refused.require(u != null, RejectCode.INVALID_FIELD, "units[" + i + "]", AllocationRejects.FIELD_FORMAT,
                    "is missing");
            Refused.text(at + "unitId", u.unitId());
            Refused.require(ids.add(u.unitId()), RejectCode.INVALID_FIELD, at + "unitId", AllocationRejects.FIELD_FORMAT,
                    "unit " + u.unitId() + " is listed twice");
            Refused.require(u.unitClass() != null, RejectCode.INVALID_FIELD, at + "unitClass",
                    RuleId.of(AllocationRuleIds.POWER_CLASS), "is missing");
            Refused.decimal(at + "electricityMwh", u.electricityMwh(), "0", false, "1000000000000");
            Refused.decimal(at + "heatGj", u.heatGj(), "0", false, "1000000000000");
            if (u.unitClass().conventionalCoal()) {
                Refused.decimal(at + "loadFactor", u.loadFactor(), "0", false, "1");
            } else if (!Refused.blank(u.loadFactor())) {
                Refused.decimal(at + "loadFactor", u.loadFactor(), "0", false, "1");
            }
            Refused.require(u.verifiedTonnes() >= 0 && u.verifiedTonnes() <= AllocationRejects.MAX_TONNES,
                    RejectCode.INVALID_FIELD, at + "verifiedTonnes", RuleId.of(AllocationRuleIds.VERIFIED),
                    "verified emissions are 0 to " + AllocationRejects.MAX_TONNES + " t");
            MethodAmounts.input(u, 0);
            verified = Math.addExact(verified, u.verifiedTonnes());
        }
        state.powerUnits.put(AllocationState.key(c.entityId(), c.year()), List.copyOf(units));
        context.emit(new PowerUnitsRecorded(c.entityId(), c.year(), List.copyOf(units), verified));
    }
}
