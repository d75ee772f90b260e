package org.openets.store;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openets.core.ApplyContext;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;
import org.openets.core.BoundedContext;
import org.openets.core.Catalog;
import org.openets.core.Command;
import org.openets.core.Movement;
import org.openets.core.MovesUnits;
import org.openets.core.Position;
import org.openets.core.RecordCodec;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.core.RuleId;
import org.openets.core.StateHasher;

/**
 * A tiny ledger context for read-model tests: mints, moves and retires units with events that move units, so
 * projections can be driven by a real engine before the registry exists. Codes sit at the top of the catalog,
 * far from every product context.
 */
public final class LedgerFixture implements BoundedContext {

    static final RejectCode INSUFFICIENT_UNITS = new RejectCode(9901, "INSUFFICIENT_UNITS");
    static final RuleId QUANTITY_POSITIVE = RuleId.of("FIXTURE-QUANTITY-POSITIVE");
    static final RuleId AVAILABLE_UNITS = RuleId.of("FIXTURE-AVAILABLE-UNITS");

    public record MintUnits(String accountId, String unit, long quantityTonnes) implements Command {
    }

    public record MoveUnits(String fromAccountId, String toAccountId, String unit, long quantityTonnes)
            implements Command {
    }

    public record RetireUnits(String accountId, String unit, long quantityTonnes) implements Command {
    }

    public record UnitsMinted(String accountId, String unit, long quantityTonnes) implements MovesUnits {
        @Override
        public List<Movement> movements() {
            return List.of(new Movement(accountId, unit, Position.AVAILABLE, quantityTonnes));
        }
    }

    public record UnitsMoved(String fromAccountId, String toAccountId, String unit, long quantityTonnes)
            implements MovesUnits {
        @Override
        public List<Movement> movements() {
            return List.of(new Movement(fromAccountId, unit, Position.AVAILABLE, -quantityTonnes),
                    new Movement(toAccountId, unit, Position.AVAILABLE, quantityTonnes));
        }
    }

    public record UnitsRetired(String accountId, String unit, long quantityTonnes) implements MovesUnits {
        @Override
        public List<Movement> movements() {
            return List.of(new Movement(accountId, unit, Position.AVAILABLE, -quantityTonnes),
                    new Movement(accountId, unit, Position.RETIRED, quantityTonnes));
        }
    }

    /** Available tonnes by "account/unit". */
    private final Map<String, Long> available = new TreeMap<>();

    @Override
    public String name() {
        return "ledger-fixture";
    }

    @Override
    public void register(Catalog.Builder catalog) {
        catalog.add(65001, MintUnits.class).add(65002, MoveUnits.class).add(65003, RetireUnits.class)
                .add(65101, UnitsMinted.class).add(65102, UnitsMoved.class).add(65103, UnitsRetired.class);
    }

    @Override
    public boolean handles(Class<? extends Command> type) {
        return type == MintUnits.class || type == MoveUnits.class || type == RetireUnits.class;
    }

    @Override
    public Rejection apply(Command command, ApplyContext context) {
        if (command instanceof MintUnits mint) {
            return mint(mint, context);
        } else if (command instanceof MoveUnits move) {
            return move(move, context);
        }
        return retire((RetireUnits) command, context);
    }

    private Rejection mint(MintUnits mint, ApplyContext context) {
        if (mint.quantityTonnes() <= 0) {
            return Rejection.of(RejectCode.INVALID_FIELD, "quantityTonnes", QUANTITY_POSITIVE, "must be positive");
        }
        available.merge(key(mint.accountId(), mint.unit()), mint.quantityTonnes(), Math::addExact);
        context.emit(new UnitsMinted(mint.accountId(), mint.unit(), mint.quantityTonnes()));
        return null;
    }

    private Rejection move(MoveUnits move, ApplyContext context) {
        Rejection refused = take(move.fromAccountId(), move.unit(), move.quantityTonnes());
        if (refused != null) {
            return refused;
        }
        available.merge(key(move.toAccountId(), move.unit()), move.quantityTonnes(), Math::addExact);
        context.emit(new UnitsMoved(move.fromAccountId(), move.toAccountId(), move.unit(), move.quantityTonnes()));
        return null;
    }

    private Rejection retire(RetireUnits retire, ApplyContext context) {
        Rejection refused = take(retire.accountId(), retire.unit(), retire.quantityTonnes());
        if (refused != null) {
            return refused;
        }
        context.emit(new UnitsRetired(retire.accountId(), retire.unit(), retire.quantityTonnes()));
        return null;
    }

    private Rejection take(String accountId, String unit, long quantityTonnes) {
        if (quantityTonnes <= 0) {
            return Rejection.of(RejectCode.INVALID_FIELD, "quantityTonnes", QUANTITY_POSITIVE, "must be positive");
        }
        String key = key(accountId, unit);
        long held = available.getOrDefault(key, 0L);
        if (held < quantityTonnes) {
            return Rejection.of(INSUFFICIENT_UNITS, "quantityTonnes", AVAILABLE_UNITS, "not enough available");
        }
        available.put(key, held - quantityTonnes);
        return null;
    }

    private static String key(String accountId, String unit) {
        return accountId + '/' + unit;
    }

    /** Available tonnes of {@code unit} in {@code accountId}, as the engine sees them. */
    public long available(String accountId, String unit) {
        return available.getOrDefault(key(accountId, unit), 0L);
    }

    @Override
    public void hashState(StateHasher hasher) {
        available.forEach((key, tonnes) -> hasher.putString(key).putLong(tonnes));
    }

    @Override
    public void writeSnapshot(BinaryWriter out, RecordCodec codec) {
        out.putInt(available.size());
        available.forEach((key, tonnes) -> out.putString(key).putLong(tonnes));
    }

    @Override
    public void readSnapshot(BinaryReader in, RecordCodec codec) {
        for (int i = in.getInt(); i > 0; i--) {
            available.put(in.getString(), in.getLong());
        }
    }
}
