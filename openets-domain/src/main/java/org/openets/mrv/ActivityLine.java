package org.openets.mrv;

/**
 * One source line of a report as it travels in commands and the journal: decimals are exact decimal text
 * ("20.908"), and an empty or null measured value means "not measured" (the pinned default is taken and the
 * line flagged, DOMAIN §6). {@code key} is the fuel (combustion), metering grid (electricity), heat key or
 * process key; {@code quantity} is FC, MWh, GJ or the process activity. {@code installationId}, when given, is the
 * registered installation of the entity the line belongs to; null or empty when the entity reports as a whole.
 */
public record ActivityLine(Kind kind, String source, String key, String quantity, String measuredNetCalorificValue,
                           String measuredCarbonContent, String measuredOxidation, String measuredFactor,
                           String installationId) {

    /** A line of the entity as a whole. */
    public ActivityLine(Kind kind, String source, String key, String quantity, String measuredNetCalorificValue,
                        String measuredCarbonContent, String measuredOxidation, String measuredFactor) {
        this(kind, source, key, quantity, measuredNetCalorificValue, measuredCarbonContent, measuredOxidation,
                measuredFactor, null);
    }

    /** This line, attributed to one of the entity's registered installations. */
    public ActivityLine at(String installation) {
        return new ActivityLine(kind, source, key, quantity, measuredNetCalorificValue, measuredCarbonContent,
                measuredOxidation, measuredFactor, installation);
    }

    public enum Kind { COMBUSTION, PURCHASED_ELECTRICITY, PURCHASED_HEAT, PROCESS }

    public static ActivityLine combustion(String source, String fuel, String consumption, String ncv,
                                          String carbonContent, String oxidation) {
        return new ActivityLine(Kind.COMBUSTION, source, fuel, consumption, ncv, carbonContent, oxidation, null);
    }

    public static ActivityLine electricity(String source, String meteringGrid, String megawattHours) {
        return new ActivityLine(Kind.PURCHASED_ELECTRICITY, source, meteringGrid, megawattHours, null, null, null, null);
    }

    public static ActivityLine heat(String source, String heatKey, String gigajoules) {
        return new ActivityLine(Kind.PURCHASED_HEAT, source, heatKey, gigajoules, null, null, null, null);
    }

    public static ActivityLine process(String source, String processKey, String activity, String measuredFactor) {
        return new ActivityLine(Kind.PROCESS, source, processKey, activity, null, null, null, measuredFactor);
    }
}
