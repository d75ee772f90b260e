package org.openets.rulebook;

import java.time.LocalDate;
import org.openets.core.Event;

/** A regulator set {@code date} as a working day or not; schedules made afterwards follow it. */
public record CalendarDaySet(LocalDate date, boolean working, String reason, String setBy) implements Event {
}
