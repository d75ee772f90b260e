package org.openets.core;

import java.util.List;

/** An event that changes holdings lists every balance change it makes; they sum to what it conserves. */
public interface MovesUnits extends Event {

    List<Movement> movements();
}
