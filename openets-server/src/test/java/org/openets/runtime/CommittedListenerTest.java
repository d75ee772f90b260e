package org.openets.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openets.core.Envelope;
import org.openets.core.Outcome;
import org.openets.engine.StandardEngine;
import org.openets.journal.FileJournal;
import org.openets.journal.FileSnapshotStore;
import org.openets.node.MarketHistory;
import org.openets.registry.IssueUnits;
import org.slf4j.LoggerFactory;

/** Listeners hear of every accepted command once it is durable, in sequence order, before its reply. */
class CommittedListenerTest {

    @TempDir
    Path dir;

    @Test
    void a_listener_hears_every_accepted_command_in_order_before_the_reply_and_no_rejected_one() throws Exception {
        List<Committed> heard = new ArrayList<>();
        try (FileJournal journal = FileJournal.open(dir.resolve("journal"));
             EngineRunner runner = new EngineRunner(StandardEngine.create(), journal,
                     new FileSnapshotStore(dir.resolve("snapshots")), () -> 1_736_215_200_000L,
                     RunnerSettings.defaults()).start()) {
            runner.addListener(records -> {
                synchronized (heard) {
                    heard.addAll(records);
                }
            });
            List<Envelope> commands = new ArrayList<>(MarketHistory.commands(200));
            // Issued by someone who is no regulator: rejected, so never journaled and never heard of.
            commands.add(100, new Envelope("bad", "nobody", "test", new IssueUnits("HIST-1", MarketHistory.UNIT, 5)));
            List<CompletableFuture<Outcome>> replies = new ArrayList<>();
            List<Integer> heardAtReply = new ArrayList<>();
            for (Envelope envelope : commands) {
                replies.add(runner.submit(envelope).whenComplete((outcome, failure) -> {
                    synchronized (heard) {
                        heardAtReply.add(heard.size());
                    }
                }));
            }
            for (CompletableFuture<Outcome> reply : replies) {
                reply.get(10, TimeUnit.SECONDS);
            }

            assertThat(replies.get(100).get()).isInstanceOf(Outcome.Rejected.class);
            synchronized (heard) {
                assertThat(heard).extracting(Committed::sequence)
                        .containsExactlyElementsOf(LongStream.rangeClosed(1, 200).boxed().toList());
                assertThat(heard.get(0).envelope()).isEqualTo(commands.get(0));
                assertThat(heard.get(199).events()).isNotEmpty();
            }
            Outcome.Accepted last = (Outcome.Accepted) replies.get(replies.size() - 1).get();
            assertThat(last.sequence()).isEqualTo(200);
            synchronized (heard) {
                assertThat(heardAtReply.get(heardAtReply.size() - 1)).as("heard before the last reply").isEqualTo(200);
            }
        }
    }

    @Test
    void a_removed_listener_hears_nothing_more_and_a_failing_one_does_not_stop_replies() throws Exception {
        List<Long> heard = new ArrayList<>();
        Logger writerLog = (Logger) LoggerFactory.getLogger(JournalWriter.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        writerLog.addAppender(logged);
        writerLog.setAdditive(false);
        try (FileJournal journal = FileJournal.open(dir.resolve("journal"));
             EngineRunner runner = new EngineRunner(StandardEngine.create(), journal,
                     new FileSnapshotStore(dir.resolve("snapshots")), () -> 1_736_215_200_000L,
                     RunnerSettings.defaults()).start()) {
            CommittedListener counting = records -> records.forEach(r -> heard.add(r.sequence()));
            runner.addListener(records -> {
                throw new IllegalStateException("a listener with a bug");
            });
            runner.addListener(counting);
            List<Envelope> commands = MarketHistory.commands(4);
            assertThat(runner.submit(commands.get(0)).get(10, TimeUnit.SECONDS)).isInstanceOf(Outcome.Accepted.class);
            runner.removeListener(counting);
            assertThat(runner.submit(commands.get(1)).get(10, TimeUnit.SECONDS)).isInstanceOf(Outcome.Accepted.class);

            assertThat(heard).containsExactly(1L);
        } finally {
            writerLog.detachAppender(logged);
            writerLog.setAdditive(true);
        }
        assertThat(logged.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.ERROR, Level.ERROR);
    }
}
