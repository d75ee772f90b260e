package org.openets.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.openets.mrv.ActivityLine;
import org.openets.mrv.ConfirmReport;
import org.openets.mrv.DraftReport;
import org.openets.mrv.FactorLibrary;
import org.openets.mrv.RegisterEntity;
import org.openets.mrv.RegisterInstallation;
import org.openets.mrv.ReportOutput;
import org.openets.mrv.Sector;
import org.openets.mrv.SubmitReport;
import org.openets.mrv.UnifiedSocialCreditCode;
import org.openets.mrv.VerifyReport;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;

/**
 * The demo's emissions reporting (DOMAIN §6): every entity registered with its credit code and installation, and its
 * yearly report drafted by a consultancy, verified by a verification body of the other jurisdiction (a body may not
 * compile and verify in one province, REG24 Art 13) and confirmed by the entity's regulator. The activity data are
 * derived from a target total, so the computed emissions land within a tonne or two of it: 90 % from coal burnt
 * with measured carbon content (1.987 t CO2 per tonne at NCV 20.908 GJ/t, 0.02618 tC/GJ, oxidation 0.99) and the
 * rest from purchased power at the provincial grid factor.
 */
final class DemoReporting {

    static final String COMPILER_BODY = "CB-TIANFU-CARBON";
    /** Verification bodies by the jurisdiction of the entities they verify. */
    private static final String SC_VERIFIER = "VB-BAYU";
    private static final String CQ_VERIFIER = "VB-JINCHENG";
    private static final BigDecimal CO2_PER_TONNE_COAL = new BigDecimal("1.987");

    private final DemoScript script;
    private final List<DemoEntity> entities;

    DemoReporting(DemoScript script, List<DemoEntity> entities) {
        this.script = script;
        this.entities = entities;
    }

    /** The verifiers' actors and every entity with its installation, registered by its regulator. */
    void register() {
        script.run(DemoSeeder.OPERATOR, new RegisterActor(verifierActor(SC_VERIFIER), Role.VERIFIER, "CQ"));
        script.run(DemoSeeder.OPERATOR, new RegisterActor(verifierActor(CQ_VERIFIER), Role.VERIFIER, "SC"));
        for (int n = 0; n < entities.size(); n++) {
            DemoEntity e = entities.get(n);
            String division = e.jurisdiction().equals("SC") ? "510100" : "500000";
            String creditCode = UnifiedSocialCreditCode.enterprise(division, String.format("MA%06d", 100_000 + n))
                    .value();
            script.run(DemoSeeder.regulatorOf(e.jurisdiction()), new RegisterEntity(e.id(), e.name(), creditCode,
                    e.jurisdiction(), sector(e), e.holdingAccount()));
            script.run(DemoSeeder.regulatorOf(e.jurisdiction()), new RegisterInstallation(e.id() + "-I1", e.id(),
                    e.name().replace(" Co., Ltd.", "") + " main works", facilityType(sector(e)), capacity(e)));
        }
    }

    /** Drafts and submits every entity's report of {@code year}, its emissions aimed at {@code tonnes}. */
    void draftAndSubmit(int year, ToLongFunction<DemoEntity> tonnes) {
        for (DemoEntity e : entities) {
            long target = tonnes.applyAsLong(e);
            script.run(representative(e), new DraftReport(reportId(e, year), e.id(), year, COMPILER_BODY,
                    lines(e, target), output(e, target)));
            script.run(representative(e), new SubmitReport(reportId(e, year)));
        }
    }

    /** Every report of {@code year} verified by the body of the entity's jurisdiction. */
    void verify(int year) {
        for (DemoEntity e : entities) {
            String body = verifierOf(e);
            script.run(verifierActor(body), new VerifyReport(reportId(e, year), body,
                    "Activity data traced to meter readings and fuel invoices; carbon content measured monthly.",
                    null));
        }
    }

    void confirm(int year) {
        for (DemoEntity e : entities) {
            script.run(DemoSeeder.regulatorOf(e.jurisdiction()), new ConfirmReport(reportId(e, year)));
        }
    }

    static String reportId(DemoEntity e, int year) {
        return "R-" + year + "-" + e.id();
    }

    static String representative(DemoEntity e) {
        return e.id() + "-rep1";
    }

    static Sector sector(DemoEntity e) {
        return Sector.valueOf(e.sector().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
    }

    private static String verifierOf(DemoEntity e) {
        return e.jurisdiction().equals("SC") ? SC_VERIFIER : CQ_VERIFIER;
    }

    private static String verifierActor(String body) {
        return body.toLowerCase(Locale.ROOT);
    }

    private static List<ActivityLine> lines(DemoEntity e, long target) {
        long coalTonnes = BigDecimal.valueOf(target * 9 / 10).divide(CO2_PER_TONNE_COAL, 0, RoundingMode.HALF_UP)
                .longValueExact();
        String grid = e.jurisdiction().equals("SC") ? FactorLibrary.GRID_SICHUAN : FactorLibrary.GRID_CHONGQING;
        BigDecimal gridFactor = new BigDecimal(grid.equals(FactorLibrary.GRID_SICHUAN) ? "0.1564" : "0.5581");
        long megawattHours = BigDecimal.valueOf(target - target * 9 / 10).divide(gridFactor, 0, RoundingMode.HALF_UP)
                .longValueExact();
        String installation = e.id() + "-I1";
        return List.of(
                ActivityLine.combustion("main boiler", FactorLibrary.COAL, Long.toString(coalTonnes), "20.908",
                        "0.02618", "0.99").at(installation),
                ActivityLine.electricity("grid supply", grid, Long.toString(megawattHours)).at(installation));
    }

    /** What the entity produced, at an intensity inside the sector's plausible range where one is defined. */
    private static ReportOutput output(DemoEntity e, long target) {
        return switch (sector(e)) {
            case POWER -> new ReportOutput(Long.toString(target * 100 / 85), "MWh");
            case CEMENT -> new ReportOutput(Long.toString(target * 100 / 86), "t clinker");
            case STEEL -> new ReportOutput(Long.toString(target * 10 / 18), "t crude steel");
            case NON_FERROUS_METALS -> new ReportOutput(Long.toString(target * 10 / 16), "t aluminium");
            case AVIATION -> new ReportOutput(Long.toString(target * 10), "10^4 t-km");
            default -> new ReportOutput(Long.toString(target * 10 / 12), "t product");
        };
    }

    private static String facilityType(Sector sector) {
        return switch (sector) {
            case POWER -> "coal-fired generating units";
            case CEMENT -> "clinker kilns";
            case STEEL -> "blast furnaces and converters";
            case NON_FERROUS_METALS -> "electrolytic cells";
            case AVIATION -> "aircraft fleet";
            case PAPER -> "pulp and paper machines";
            case CHEMICALS, PETROCHEMICALS -> "reactors and process heaters";
            case BUILDING_MATERIALS -> "glass and ceramic kilns";
            default -> "boilers";
        };
    }

    private static String capacity(DemoEntity e) {
        return switch (sector(e)) {
            case POWER -> "2 × " + (e.allocationTonnes() / 4_000 / 10 * 10) + " MW";
            default -> (e.allocationTonnes() / 1_000) + " kt CO2 a year";
        };
    }
}
