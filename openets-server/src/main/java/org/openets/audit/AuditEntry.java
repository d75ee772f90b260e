package org.openets.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.openets.api.Json;
import org.openets.core.Command;
import org.openets.core.MarketTime;

/**
 * One journaled command as the audit trail shows it: who ({@code actor}, from {@code clientAddress}) did what
 * ({@code command}) and when (the sequencer's timestamp). The journal holds accepted commands only, so the
 * outcome is always "accepted" with the number of events the command caused.
 */
public record AuditEntry(long sequence, long timestampMillis, String actor, String clientAddress,
                         Command command, int eventCount) {

    private static final DateTimeFormatter LINE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    public String commandType() {
        return command.getClass().getSimpleName();
    }

    /** The time in China Standard Time with its offset, e.g. {@code 2025-03-03T09:30:00.125+08:00}. */
    public String time() {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(timestampMillis), MarketTime.CHINA_STANDARD_TIME)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    public ObjectNode toJson() {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("sequence", sequence);
        node.put("time", time());
        node.put("timestampMillis", timestampMillis);
        node.put("actor", actor);
        node.put("clientAddress", clientAddress);
        node.put("type", commandType());
        node.put("outcome", "accepted");
        node.put("events", eventCount);
        node.set("command", Json.MAPPER.valueToTree(command));
        return node;
    }

    /** One terminal line: sequence, CST time, actor, address, type, outcome and the command's fields as JSON. */
    public String line() {
        return sequence + "  " + MarketTime.localDateTime(timestampMillis).format(LINE_TIME) + " CST  " + actor
                + "  " + clientAddress + "  " + commandType() + "  accepted, " + eventCount
                + (eventCount == 1 ? " event  " : " events  ") + Json.write(command);
    }
}
