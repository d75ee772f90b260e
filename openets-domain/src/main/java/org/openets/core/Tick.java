package org.openets.core;

/**
 * Moves engine time forward so that scheduled things (a delayed transfer, a trusted-list addition) fall due.
 * The scheduler submits it through the journal; the engine itself never looks at a clock.
 */
public record Tick() implements Command {
}
