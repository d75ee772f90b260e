package org.openets.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void a_key_spends_its_burst_then_waits_for_the_rate() {
        TokenBuckets buckets = new TokenBuckets(10, 3, 100, now::get);

        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        long wait = buckets.take("a");

        assertThat(wait).isBetween(TimeUnit.MILLISECONDS.toNanos(99), TimeUnit.MILLISECONDS.toNanos(101));
        assertThat(buckets.take("b")).as("another key has its own bucket").isZero();
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(100));
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isPositive();
    }

    @Test
    void refused_requests_do_not_spend_tokens() {
        TokenBuckets buckets = new TokenBuckets(1, 1, 100, now::get);
        assertThat(buckets.take("a")).isZero();
        for (int i = 0; i < 100; i++) {
            assertThat(buckets.take("a")).isPositive();
        }
        now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertThat(buckets.take("a")).isZero();
    }

    @Test
    void memory_stays_bounded_under_a_flood_of_keys_and_idle_keys_go_first() {
        TokenBuckets buckets = new TokenBuckets(1, 5, 1000, now::get);
        buckets.take("busy");
        buckets.take("busy");
        for (int i = 0; i < 100_000; i++) {
            now.addAndGet(1000);
            buckets.take("flood-" + i);
            assertThat(buckets.size()).isLessThanOrEqualTo(1000);
        }
        // Keys that have refilled completely are forgotten without loss: a new bucket is a full one.
        now.addAndGet(TimeUnit.SECONDS.toNanos(10));
        buckets.take("busy");
        for (int i = 0; i < 1000; i++) {
            buckets.take("late-" + i);
        }
        assertThat(buckets.size()).isLessThanOrEqualTo(1000);
    }
}
