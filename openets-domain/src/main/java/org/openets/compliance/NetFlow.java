package org.openets.compliance;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Net flow of units between jurisdictions (DOMAIN §14, our default after the CA–Québec Linkage Agreement
 * Art 8): for each jurisdiction, its own units surrendered elsewhere minus other jurisdictions' units
 * surrendered in it. A negative flow marks a net acquirer. Units surrendered where they were issued do not
 * move anything. The flows of all jurisdictions sum to zero.
 */
public final class NetFlow {

    public static final String RULE = "CMP-NET-FLOW";

    private NetFlow() {
    }

    /** Net flow in tonnes per jurisdiction code, sorted by code; every issuer and surrendering side appears. */
    public static Map<String, Long> of(Collection<CrossSurrender> surrenders) {
        ComplianceInputException.requirePresent("surrenders", RULE, surrenders);
        Map<String, Long> flow = new TreeMap<>();
        for (CrossSurrender s : surrenders) {
            flow.putIfAbsent(s.issuer(), 0L);
            flow.putIfAbsent(s.surrenderedIn(), 0L);
            if (s.issuer().equals(s.surrenderedIn())) {
                continue;
            }
            flow.merge(s.issuer(), s.quantity(), Math::addExact);
            flow.merge(s.surrenderedIn(), -s.quantity(), Math::addExact);
        }
        return flow;
    }
}
