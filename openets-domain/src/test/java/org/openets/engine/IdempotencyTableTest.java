package org.openets.engine;

import org.openets.core.IdHash;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;
import org.openets.core.StateHasher;

class IdempotencyTableTest {

    @Test
    void every_key_is_found_after_the_table_grows_many_times() {
        IdempotencyTable table = new IdempotencyTable();
        int keys = 300_000;
        for (int i = 1; i <= keys; i++) {
            table.remember(IdHash.high("alice", "k" + i), IdHash.low("alice", "k" + i), i);
        }
        assertThat(table.size()).isEqualTo(keys);
        for (int i = 1; i <= keys; i++) {
            assertThat(table.lookup(IdHash.high("alice", "k" + i), IdHash.low("alice", "k" + i))).isEqualTo(i);
        }
        assertThat(table.lookup(IdHash.high("bob", "k1"), IdHash.low("bob", "k1"))).isEqualTo(IdempotencyTable.UNSEEN);
    }

    @Test
    void actor_and_key_boundaries_do_not_collide() {
        assertThat(IdHash.high("ab", "c")).isNotEqualTo(IdHash.high("a", "bc"));
        assertThat(IdHash.low("ab", "c")).isNotEqualTo(IdHash.low("a", "bc"));
    }

    @Test
    void a_snapshot_restores_the_same_keys_and_hash_whatever_the_insertion_history() {
        IdempotencyTable table = new IdempotencyTable();
        for (int i = 1; i <= 100_000; i++) {
            table.remember(IdHash.high("a", "k" + i), IdHash.low("a", "k" + i), i);
        }
        BinaryWriter out = new BinaryWriter();
        table.write(out);
        IdempotencyTable restored = new IdempotencyTable();
        restored.read(new BinaryReader(out.toByteArray()));
        StateHasher original = new StateHasher();
        table.hashState(original);
        StateHasher copy = new StateHasher();
        restored.hashState(copy);
        assertThat(copy.finish()).isEqualTo(original.finish());
        assertThat(restored.lookup(IdHash.high("a", "k77"), IdHash.low("a", "k77"))).isEqualTo(77);
    }
}
