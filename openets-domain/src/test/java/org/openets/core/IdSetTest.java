package org.openets.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdSetTest {

    @Test
    void ids_are_found_after_many_growths_and_added_only_once() {
        IdSet ids = new IdSet();
        for (int i = 0; i < 100_000; i++) {
            assertThat(ids.add("transfer", "T" + i)).isTrue();
        }
        assertThat(ids.add("transfer", "T42")).isFalse();
        assertThat(ids.contains("transfer", "T99999")).isTrue();
        assertThat(ids.contains("transfer", "T100000")).isFalse();
        assertThat(ids.contains("other", "T1")).isFalse();
        assertThat(ids.size()).isEqualTo(100_000);
    }

    @Test
    void a_snapshot_restores_every_id_and_a_doubled_entry_is_malformed() {
        IdSet ids = new IdSet();
        ids.add("s", "a");
        ids.add("s", "b");
        BinaryWriter out = new BinaryWriter();
        ids.write(out);
        IdSet restored = new IdSet();
        restored.read(new BinaryReader(out.toByteArray()));
        assertThat(restored.contains("s", "a")).isTrue();
        assertThat(restored.contains("s", "b")).isTrue();

        BinaryWriter doubled = new BinaryWriter().putInt(2);
        ids.writeEntry(0, doubled);
        ids.writeEntry(0, doubled);
        assertThatThrownBy(() -> new IdSet().read(new BinaryReader(doubled.toByteArray())))
                .isInstanceOf(MalformedDataException.class);
    }

    @Test
    void ids_stay_visible_while_the_index_grows_a_few_entries_at_a_time() {
        IdSet ids = new IdSet(true);
        for (int i = 0; i < 65_540; i++) {
            assertThat(ids.add(IdHash.high("k", "" + i), IdHash.low("k", "" + i), i * 7L)).isEqualTo(i);
            if (i > 65_530) {
                // The index has just doubled: most old ids are still only in the old one.
                for (int j = 0; j <= i; j += 997) {
                    int entry = ids.entryOf(IdHash.high("k", "" + j), IdHash.low("k", "" + j));
                    assertThat(entry).isEqualTo(j);
                    assertThat(ids.value(entry)).isEqualTo(j * 7L);
                }
            }
        }
        assertThat(ids.add(IdHash.high("k", "3"), IdHash.low("k", "3"), 0)).isEqualTo(IdSet.ABSENT);
    }
}
