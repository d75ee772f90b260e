package org.openets.rulebook;

import java.time.LocalDate;
import org.openets.core.Command;

/**
 * Sets a rule parameter to {@code value} from {@code effectiveFrom} (a CST date, not before the command's own
 * date), citing the legal basis. Only a regulator may amend: the unified-market authority any rule, a
 * jurisdiction's regulator the rules scoped to it.
 */
public record AmendRule(String ruleId, long value, LocalDate effectiveFrom, String document, String article)
        implements Command {
}
