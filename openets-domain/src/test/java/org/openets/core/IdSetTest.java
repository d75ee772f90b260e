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
}
