package org.openets.rulebook;

import java.time.LocalDate;
import org.openets.core.Command;

/** Makes {@code date} a registry working day or not, overriding weekends and the built-in holidays. */
public record SetCalendarDay(LocalDate date, boolean working, String reason) implements Command {
}
