package org.openets.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.openets.allocation.AllocationMethod;
import org.openets.allocation.CancelReserve;
import org.openets.allocation.OpenAllocationYear;
import org.openets.allocation.PreAllocate;
import org.openets.allocation.SetAllocationMethod;
import org.openets.allocation.TrueUp;
import org.openets.clearing.DepositFunds;
import org.openets.compliance.CloseCompliance;
import org.openets.compliance.ImposeShortfallFine;
import org.openets.compliance.ImposeViolationFine;
import org.openets.compliance.RecordOffsetProject;
import org.openets.compliance.SurrenderForCompliance;
import org.openets.compliance.Violation;
import org.openets.exchange.ListInstrument;
import org.openets.exchange.MoveUnitsToTrading;
import org.openets.exchange.OrderType;
import org.openets.exchange.PlaceOrder;
import org.openets.exchange.RegisterTradingAccount;
import org.openets.exchange.Side;
import org.openets.exchange.TimeInForce;
import org.openets.mrv.ActivityLine;
import org.openets.mrv.ConfirmReport;
import org.openets.mrv.DraftReport;
import org.openets.mrv.RegisterEntity;
import org.openets.mrv.ReportOutput;
import org.openets.mrv.Sector;
import org.openets.mrv.SubmitReport;
import org.openets.mrv.VerifyReport;
import org.openets.registry.AccountType;
import org.openets.registry.AddRepresentative;
import org.openets.registry.IssueUnits;
import org.openets.registry.OpenAccount;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;

/**
 * Sichuan's 2025 allocation and compliance year, played through the real engine by any {@link ExchangeScript.Market}:
 * a cap of 1,000,000 t, entities {@code E1} and {@code E2} (sector OTHER, benchmark 1 t per t of output) with
 * 10,000 t confirmed for 2024 and 2025, pre-allocation and true-up, the reserve cancelled, one listed trade at
 * 60.00 (the only close, so it prices the fines), E1 surrendering its 10,000 t and E2 8,000 t, the close after the
 * 2026-12-31 deadline with E2 2,000 t short, a shortfall fine of 5 ×, violation fines on E1 (data fraud, a 50 %
 * cut of 2026) and verifier body {@code VB-9}, and offset project {@code CCER-P1}. The expected figures are in
 * the tests that play it.
 */
public final class ComplianceScript {

    public static final String UNIT = "SCEA-2025";
    public static final long CAP = 1_000_000;
    public static final long PRICE_FEN = 6_000;
    public static final List<String> ENTITIES = List.of("E1", "E2");
    private static final String SYSTEM = Rulebook.SYSTEM_ACTOR;

    private ComplianceScript() {
    }

    public static void play(ExchangeScript.Market market) {
        untilTheDeadline(market);
        closeTheYear(market);
    }

    /** Everything before the 2026-12-31 surrender deadline: the year allocated, traded and surrendered. */
    public static void untilTheDeadline(ExchangeScript.Market market) {
        setUp(market);
        allocate(market);
        trade(market);
        surrender(market);
    }

    /** After the deadline: the close, with E2 short, and the fines. */
    public static void closeTheYear(ExchangeScript.Market market) {
        close(market);
    }

    private static void setUp(ExchangeScript.Market m) {
        m.at(LocalDateTime.of(2025, 3, 3, 10, 0));
        m.ok(SYSTEM, new RegisterActor("reg-sc", Role.REGULATOR, "SC"));
        m.ok(SYSTEM, new RegisterActor("reg-cy", Role.REGULATOR, "CY"));
        m.ok(SYSTEM, new RegisterActor("rep", Role.REPRESENTATIVE, "SC"));
        m.ok(SYSTEM, new RegisterActor("ver", Role.VERIFIER, "SC"));
        m.ok(SYSTEM, new RegisterActor("m1", Role.MEMBER, "CY"));
        m.ok(SYSTEM, new OpenAccount("GOV-SC", AccountType.GOVERNMENT_ISSUANCE, "SC", "gov-SC", "Government of SC"));
        m.ok(SYSTEM, new OpenAccount("AUC-SC", AccountType.AUCTION, "SC", "gov-SC", "Government of SC"));
        m.ok(SYSTEM, new OpenAccount("RES-SC", AccountType.RESERVE, "SC", "gov-SC", "Government of SC"));
        List<String> creditCodes = List.of("91350100M000100Y43", "91500000202800006F");
        for (int i = 0; i < ENTITIES.size(); i++) {
            String entity = ENTITIES.get(i);
            m.ok(SYSTEM, new OpenAccount("HA-" + entity, AccountType.ENTITY_HOLDING, "SC", "holder-" + entity,
                    "Holder of " + entity));
            m.ok(SYSTEM, new AddRepresentative("HA-" + entity, "rep"));
            m.ok("reg-sc", new RegisterEntity(entity, "Entity " + entity, creditCodes.get(i), "SC", Sector.OTHER,
                    "HA-" + entity));
            confirm(m, entity, 2024);
        }
        m.ok("reg-cy", new RecordOffsetProject("CCER-P1", LocalDate.of(2020, 1, 1).toEpochDay(), ""));
    }

    /** A confirmed report of exactly 10,000 t for 10,000 t of output. */
    private static void confirm(ExchangeScript.Market m, String entity, int year) {
        String reportId = "R-" + entity + "-" + year;
        m.ok("rep", new DraftReport(reportId, entity, year, "CB-1",
                List.of(ActivityLine.process("kiln", "CLINKER", "10000", "1")), new ReportOutput("10000", "t")));
        m.ok("rep", new SubmitReport(reportId));
        m.ok("ver", new VerifyReport(reportId, "VB-1", "verified", "checked against the source records"));
        m.ok("reg-sc", new ConfirmReport(reportId));
    }

    private static void allocate(ExchangeScript.Market m) {
        m.ok("reg-sc", new OpenAllocationYear("SC", 2025, CAP, "GOV-SC", "AUC-SC", "RES-SC"));
        m.ok("reg-sc", new SetAllocationMethod("SC", 2025, Sector.OTHER, AllocationMethod.BENCHMARK, "1", null,
                "allocation plan 2025"));
        m.ok("reg-sc", new PreAllocate("SC", 2025));
        m.ok("reg-sc", new CancelReserve("SC", 2025));
    }

    /** T1 sells T2 1,000 t at 60.00; the day's close is the last before the deadline. */
    private static void trade(ExchangeScript.Market m) {
        m.ok(SYSTEM, new ListInstrument(UNIT, UNIT, PRICE_FEN, 1, 0));
        for (String trader : List.of("T1", "T2")) {
            m.ok(SYSTEM, new OpenAccount(trader, AccountType.CLIENT, "SC", "holder-" + trader, "Trader " + trader));
            m.ok(SYSTEM, new AddRepresentative(trader, "rep"));
            m.ok(SYSTEM, new RegisterTradingAccount(trader, "m1"));
            m.ok(SYSTEM, new DepositFunds(trader, 100_000_000, "bank-" + trader));
        }
        m.ok("reg-sc", new IssueUnits("T1", UNIT, 1_000));
        m.ok("rep", new MoveUnitsToTrading("T1", UNIT, 1_000));
        m.ok("m1", new PlaceOrder("o1", "T1", UNIT, Side.SELL, OrderType.LIMIT, TimeInForce.DAY, PRICE_FEN, 1_000));
        m.ok("m1", new PlaceOrder("o2", "T2", UNIT, Side.BUY, OrderType.LIMIT, TimeInForce.DAY, PRICE_FEN, 1_000));
        m.at(LocalDateTime.of(2025, 3, 3, 15, 0));
    }

    private static void surrender(ExchangeScript.Market m) {
        m.at(LocalDateTime.of(2026, 3, 2, 10, 0));
        for (String entity : ENTITIES) {
            confirm(m, entity, 2025);
        }
        m.ok("reg-sc", new TrueUp("SC", 2025, ""));
        m.ok("rep", new SurrenderForCompliance("E1", 2025, UNIT, 10_000));
        m.ok("rep", new SurrenderForCompliance("E2", 2025, UNIT, 8_000));
    }

    private static void close(ExchangeScript.Market m) {
        m.at(LocalDateTime.of(2027, 1, 4, 10, 0));
        m.ok("reg-sc", new CloseCompliance("SC", 2025));
        m.ok("reg-sc", new ImposeShortfallFine("E2", 2025, "5"));
        m.ok("reg-sc", new ImposeViolationFine("E1", 2025, Violation.DATA_FRAUD, 0, 50_000_000, 5_000));
        m.ok("reg-sc", new ImposeViolationFine("VB-9", 2025, Violation.VERIFIER_FRAUD, 0, 20_000_000, 0));
    }
}
