package org.openets.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The fictional entities of the demo Chengdu–Chongqing market. Sizes follow the sectors' typical emissions
 * (a coal power plant emits millions of tonnes a year, a paper mill tens of thousands), and the mix follows
 * the regional economy: Chongqing heavier in power, cement and chemicals, Sichuan in power, steel and paper.
 * Everything is derived from fixed tables, so every demo run builds the same market.
 */
public final class DemoMarket {

    private record Sector(String name, String[] kinds, long minTonnes, long maxTonnes) {
    }

    private static final Sector[] SECTORS = {
        new Sector("power", new String[] {"Thermal Power", "Gas Turbine Power", "Cogeneration"}, 800_000, 4_800_000),
        new Sector("cement", new String[] {"Cement", "Clinker"}, 300_000, 1_600_000),
        new Sector("steel", new String[] {"Iron and Steel", "Special Steel"}, 500_000, 3_200_000),
        new Sector("chemicals", new String[] {"Chemical", "Fertiliser", "Natural Gas Chemical"}, 90_000, 850_000),
        new Sector("paper", new String[] {"Paper", "Pulp and Paper"}, 40_000, 320_000),
        new Sector("aviation", new String[] {"Airlines"}, 200_000, 1_100_000),
        new Sector("building materials", new String[] {"Glass", "Ceramics"}, 30_000, 260_000),
        new Sector("non-ferrous metals", new String[] {"Aluminium", "Zinc Smelting"}, 150_000, 900_000),
        new Sector("other", new String[] {"Brewery", "Pharmaceutical", "Data Centre"}, 26_000, 120_000),
    };
    private static final String[] CQ_PLACES = {"Changshou", "Fuling", "Wanzhou", "Jiangjin", "Hechuan",
        "Nanchuan", "Qijiang", "Banan", "Yongchuan", "Tongnan", "Liangping", "Dianjiang"};
    private static final String[] SC_PLACES = {"Chengdu", "Panzhihua", "Deyang", "Mianyang", "Leshan", "Yibin",
        "Luzhou", "Dazhou", "Zigong", "Neijiang", "Guang'an", "Meishan"};
    /** How many entities of each sector in {CQ, SC}. */
    private static final int[][] COUNTS = {{6, 6}, {5, 4}, {2, 3}, {4, 4}, {3, 3}, {2, 2}, {3, 3}, {2, 2}, {4, 4}};

    /** For help texts: how many entities {@link #entities()} builds. */
    public static final String ENTITY_COUNT_TEXT = "62";

    private DemoMarket() {
    }

    /**
     * Whether the entity's sector is one the national market covers (power, cement, steel, aluminium): every demo
     * entity of those sectors emits far above the key-emitter threshold, so its confirmed report puts it on the
     * national list and it neither trades nor receives allocation here (MRV-KEY-EMITTER-THRESHOLD-TONNES).
     */
    public static boolean nationalSector(DemoEntity e) {
        return NATIONAL_SECTORS.contains(e.sector());
    }

    private static final java.util.Set<String> NATIONAL_SECTORS = java.util.Set.of("power", "cement", "steel",
            "non-ferrous metals");

    public static List<DemoEntity> entities() {
        List<DemoEntity> entities = new ArrayList<>();
        for (int s = 0; s < SECTORS.length; s++) {
            addSector(entities, SECTORS[s], "CQ", CQ_PLACES, COUNTS[s][0]);
            addSector(entities, SECTORS[s], "SC", SC_PLACES, COUNTS[s][1]);
        }
        return entities;
    }

    private static void addSector(List<DemoEntity> out, Sector sector, String jurisdiction, String[] places, int count) {
        for (int i = 0; i < count; i++) {
            int n = out.size();
            String place = places[(n * 7 + i) % places.length];
            String kind = sector.kinds()[i % sector.kinds().length];
            String name = place + " " + kind + " Co., Ltd.";
            long span = sector.maxTonnes() - sector.minTonnes();
            // A fixed spread through the sector's range, rounded to the thousand tonnes.
            long tonnes = sector.minTonnes() + span * ((n * 37L + i * 11L) % 100) / 100;
            out.add(new DemoEntity(String.format("%s-E%03d", jurisdiction, n + 1), name, jurisdiction, sector.name(),
                    tonnes / 1000 * 1000));
        }
    }
}
