package org.openets.audit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.openets.access.CarriesSecret;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.RecordCodec;
import org.openets.engine.JournalEntry;
import org.openets.journal.Journal;
import org.openets.journal.JournalCursor;
import org.openets.journal.JournalRecord;

/**
 * The audit trail is the journal itself: every state change is a journaled command carrying the acting user
 * and the client address. Reading goes through the journal's cursor, which checks each record's checksum and
 * chain link, so a damaged or altered record stops the reading with a
 * {@link org.openets.journal.JournalCorruptedException} naming it.
 *
 * <p>A running node keeps one trail and asks it for {@link #entries()}: each call reads only the records
 * appended since the last one. The entries hold the decoded command but not its events (only their count).
 */
public final class AuditTrail {

    private final Journal journal;
    private final RecordCodec codec;
    private final List<AuditEntry> entries = new ArrayList<>();

    public AuditTrail(Journal journal, RecordCodec codec) {
        this.journal = journal;
        this.codec = codec;
    }

    /** Every entry up to the journal's durable head, oldest first. */
    public synchronized List<AuditEntry> entries() throws IOException {
        long next = entries.isEmpty() ? 1 : entries.get(entries.size() - 1).sequence() + 1;
        if (next <= journal.lastSequence()) {
            read(journal, codec, next, entries::add);
        }
        return Collections.unmodifiableList(new ArrayList<>(entries));
    }

    /** Streams every entry up to the head that pass {@code filter}, oldest first. */
    public static void read(Journal journal, RecordCodec codec, AuditFilter filter, Consumer<AuditEntry> sink)
            throws IOException {
        if (journal.lastSequence() == 0) {
            return;
        }
        read(journal, codec, 1, entry -> {
            if (filter.matches(entry)) {
                sink.accept(entry);
            }
        });
    }

    private static void read(Journal journal, RecordCodec codec, long fromSequence, Consumer<AuditEntry> sink)
            throws IOException {
        try (JournalCursor cursor = journal.read(fromSequence)) {
            for (JournalRecord record = cursor.next(); record != null; record = cursor.next()) {
                sink.accept(entry(codec, record));
            }
        }
    }

    static AuditEntry entry(RecordCodec codec, JournalRecord record) {
        JournalEntry decoded = JournalEntry.decode(codec, record.payload());
        Envelope envelope = decoded.envelope();
        // Credentials stay in the journal, the system of record, but nobody reads them in the audit trail.
        Command command = envelope.command() instanceof CarriesSecret secret ? secret.redacted() : envelope.command();
        return new AuditEntry(record.sequence(), record.timestampMillis(), envelope.actorId(),
                envelope.clientAddress(), command, decoded.events().size());
    }
}
