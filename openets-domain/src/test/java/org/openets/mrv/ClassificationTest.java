package org.openets.mrv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ClassificationTest {

    private final Classification classification = new Classification(ClassificationThresholds.DEFAULTS);

    @Test
    void the_key_emitter_threshold_of_26_000_t_is_inclusive() {
        assertThat(classification.isKeyEmitter(25_999)).isFalse();
        assertThat(classification.isKeyEmitter(26_000)).isTrue();
        // The §6 worked-example entity (18,195 t in Sichuan) is below it.
        assertThat(classification.isKeyEmitter(18_195)).isFalse();
    }

    @Test
    void chongqing_covers_13_000_t_or_5_000_tce() {
        assertThat(classification.meetsChongqingThreshold(12_999, 4_999)).isFalse();
        assertThat(classification.meetsChongqingThreshold(13_000, 0)).isTrue();
        assertThat(classification.meetsChongqingThreshold(0, 5_000)).isTrue();
        // The §6 Chongqing entity, 18,999 t, is covered regionally, not nationally.
        assertThat(classification.coverage(false, 18_999, 0)).isEqualTo(Classification.Coverage.CHONGQING);
        assertThat(classification.coverage(true, 18_999, 0)).isEqualTo(Classification.Coverage.NATIONAL);
        assertThat(classification.coverage(false, 12_000, 4_000)).isEqualTo(Classification.Coverage.NONE);
    }

    @Test
    void an_entity_leaves_the_national_list_only_after_two_consecutive_years_below() {
        SortedMap<Integer, Long> verified = history(2021, 30_000L, 25_000L, 27_000L, 25_000L, 24_000L, 20_000L);

        assertThat(classification.nationallyListed(Sector.POWER, verified, 2021)).isTrue();
        assertThat(classification.nationallyListed(Sector.POWER, verified, 2022)).isTrue();   // one year below
        assertThat(classification.nationallyListed(Sector.POWER, verified, 2023)).isTrue();   // back above: count restarts
        assertThat(classification.nationallyListed(Sector.POWER, verified, 2024)).isTrue();   // one year below
        assertThat(classification.nationallyListed(Sector.POWER, verified, 2025)).isFalse();  // second consecutive year
        assertThat(classification.nationallyListed(Sector.POWER, verified, 2026)).isFalse();
    }

    @Test
    void an_uncovered_sector_is_never_listed_nationally() {
        SortedMap<Integer, Long> verified = history(2023, 500_000L);

        assertThat(classification.nationallyListed(Sector.PAPER, verified, 2023)).isFalse();
        assertThat(classification.nationallyListed(Sector.STEEL, verified, 2023)).isTrue();
    }

    @Test
    void thresholds_are_parameters() {
        Classification strict = new Classification(new ClassificationThresholds(10_000, 13_000, 5_000, 3,
                EnumSet.of(Sector.PAPER)));
        SortedMap<Integer, Long> verified = history(2021, 12_000L, 9_000L, 9_000L, 9_000L);

        assertThat(strict.nationallyListed(Sector.PAPER, verified, 2023)).isTrue();   // two years below of three
        assertThat(strict.nationallyListed(Sector.PAPER, verified, 2024)).isFalse();
        assertThatThrownBy(() -> new ClassificationThresholds(0, 13_000, 5_000, 2, EnumSet.noneOf(Sector.class)))
                .isInstanceOfSatisfying(MrvException.class, e -> assertThat(e.field()).isEqualTo("keyEmitterTonnes"));
    }

    @Test
    void a_gap_or_a_missing_year_in_the_history_is_refused() {
        SortedMap<Integer, Long> gap = history(2021, 30_000L);
        gap.put(2023, 20_000L);

        assertThatThrownBy(() -> classification.nationallyListed(Sector.POWER, gap, 2023))
                .isInstanceOfSatisfying(MrvException.class, e -> assertThat(e.ruleId()).isEqualTo("MRV-EMISSIONS-HISTORY"));
        assertThatThrownBy(() -> classification.nationallyListed(Sector.POWER, history(2021, 30_000L), 2022))
                .isInstanceOfSatisfying(MrvException.class, e -> assertThat(e.field()).isEqualTo("verifiedTonnesByYear"));
        assertThatThrownBy(() -> classification.isKeyEmitter(-1))
                .isInstanceOfSatisfying(MrvException.class, e -> assertThat(e.field()).isEqualTo("annualTonnes"));
    }

    @Property
    void a_year_at_or_above_the_threshold_always_lists_a_covered_entity(
            @ForAll @LongRange(min = 0, max = 100_000) long first, @ForAll @LongRange(min = 0, max = 100_000) long second,
            @ForAll @LongRange(min = 26_000, max = 10_000_000) long latest) {
        assertThat(classification.nationallyListed(Sector.CEMENT, history(2022, first, second, latest), 2024)).isTrue();
    }

    private static SortedMap<Integer, Long> history(int firstYear, Long... tonnes) {
        SortedMap<Integer, Long> byYear = new TreeMap<>();
        for (int i = 0; i < tonnes.length; i++) {
            byYear.put(firstYear + i, tonnes[i]);
        }
        return byYear;
    }
}
