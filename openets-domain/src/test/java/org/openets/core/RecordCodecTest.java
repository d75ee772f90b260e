package org.openets.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordCodecTest {

    public enum Colour { RED, GREEN }

    public record Range(long start, long end) {
    }

    public record Sample(long quantity, int vintage, boolean flag, String text, Long optional, Colour colour,
                         LocalDate date, Range range, List<Range> ranges, Command inner) implements Command {
    }

    public record Empty() implements Command {
    }

    private final RecordCodec codec = new RecordCodec(Catalog.builder().add(7, Sample.class).add(8, Empty.class).build());

    @Test
    void a_record_survives_a_round_trip_field_for_field() {
        Sample sample = new Sample(Long.MAX_VALUE, 2025, true, "碳排放 allowance", null, Colour.GREEN,
                LocalDate.of(2026, 1, 22), new Range(1, 100), List.of(new Range(5, 6), new Range(9, 9)), new Empty());
        Record decoded = codec.decodeTagged(codec.encodeTagged(sample));
        assertThat(decoded).isEqualTo(sample);
    }

    @Test
    void nulls_survive_a_round_trip() {
        Sample sample = new Sample(-1, 0, false, null, 42L, null, null, null, null, null);
        assertThat(codec.decodeTagged(codec.encodeTagged(sample))).isEqualTo(sample);
    }

    @Test
    void truncated_bytes_are_reported_as_malformed_not_misread() {
        byte[] bytes = codec.encodeTagged(new Sample(1, 2, true, "x", 3L, Colour.RED, null, null, List.of(), null));
        assertThatThrownBy(() -> codec.decodeTagged(Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(MalformedDataException.class);
    }

    @Test
    void an_unknown_code_is_reported_as_malformed() {
        assertThatThrownBy(() -> codec.decodeTagged(new byte[] {0, 99}))
                .isInstanceOf(MalformedDataException.class).hasMessageContaining("99");
    }
}
