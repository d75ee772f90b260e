package org.openets.engine;

import java.util.List;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;
import org.openets.core.Envelope;
import org.openets.core.Event;
import org.openets.core.MalformedDataException;
import org.openets.core.RecordCodec;

/**
 * The payload of one journal record: the command as submitted and every event it caused. Keeping the events
 * makes the journal a self-contained audit trail and lets readers project it without running an engine;
 * replay recomputes them and fails on any difference.
 */
public record JournalEntry(Envelope envelope, List<Event> events) {

    public byte[] encode(RecordCodec codec) {
        BinaryWriter out = new BinaryWriter(256);
        codec.write(out, this);
        return out.toByteArray();
    }

    /**
     * The command of an encoded entry, decoded alone, and where its events start: replay re-derives the events
     * and compares their encoding with the stored bytes instead of decoding them.
     */
    public record StoredCommand(Envelope envelope, byte[] payload, int eventsOffset) {
    }

    public static StoredCommand decodeCommand(RecordCodec codec, byte[] payload) {
        BinaryReader in = new BinaryReader(payload);
        if (!in.getBoolean()) {
            throw new MalformedDataException("journal entry without an envelope");
        }
        Envelope envelope = codec.read(in, Envelope.class);
        return new StoredCommand(envelope, payload, in.position());
    }

    public static JournalEntry decode(RecordCodec codec, byte[] payload) {
        BinaryReader in = new BinaryReader(payload);
        JournalEntry entry = codec.read(in, JournalEntry.class);
        if (in.remaining() != 0) {
            throw new MalformedDataException(in.remaining() + " trailing bytes after the journal entry");
        }
        return entry;
    }
}
