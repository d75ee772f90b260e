package org.openets.registry;

import org.openets.core.Command;

/** A second, different representative of the sending account approves a proposed transfer (four-eyes). */
public record ApproveTransfer(String transferId) implements Command {
}
