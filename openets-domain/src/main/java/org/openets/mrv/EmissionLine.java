package org.openets.mrv;

import java.math.BigDecimal;

/**
 * One source line of an emissions report (DOMAIN §6). A {@code null} measured value means "not measured":
 * the calculator then takes the pinned default and flags the line.
 */
public sealed interface EmissionLine {

    String source();

    /** Fuel burnt: FC in t or 10⁴ Nm³, with measured NCV, carbon content and oxidation where the entity has them. */
    record Combustion(String source, String fuel, BigDecimal consumption, BigDecimal measuredNetCalorificValue,
                      BigDecimal measuredCarbonContent, BigDecimal measuredOxidation) implements EmissionLine {
    }

    /** Electricity bought, in MWh, at the grid factor of where it is metered (our default, DOMAIN §6). */
    record PurchasedElectricity(String source, String meteringGrid, BigDecimal megawattHours) implements EmissionLine {
    }

    /** Heat bought, in GJ, at the pinned {@link FactorKind#PURCHASED_HEAT} factor of {@code heatKey}. */
    record PurchasedHeat(String source, String heatKey, BigDecimal gigajoules) implements EmissionLine {
    }

    /** A process source: activity × factor (t CO2 per unit); a null measured factor takes the pinned default. */
    record Process(String source, String processKey, BigDecimal activity, BigDecimal measuredFactor)
            implements EmissionLine {
    }
}
