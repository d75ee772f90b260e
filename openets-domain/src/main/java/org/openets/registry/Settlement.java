package org.openets.registry;

import java.util.List;
import org.openets.core.Position;

/**
 * The registry seen by the exchange and clearing, on the engine thread while they apply a command. The caller
 * checks every quantity against {@link #balance} before it moves anything, so these moves never fail halfway;
 * the caller also emits the events that name the blocks moved.
 */
public final class Settlement {

    private final RegistryState state;

    Settlement(RegistryState state) {
        this.state = state;
    }

    public boolean exists(String accountId) {
        return state.accounts.containsKey(accountId);
    }

    public boolean isFrozen(String accountId) {
        Account account = state.accounts.get(accountId);
        return account != null && account.frozen;
    }

    /** The account's type, or null if there is no such account. */
    public AccountType type(String accountId) {
        Account account = state.accounts.get(accountId);
        return account == null ? null : account.type;
    }

    /** The account's holder, or null if there is no such account. */
    public String holderId(String accountId) {
        Account account = state.accounts.get(accountId);
        return account == null ? null : account.holderId;
    }

    public String jurisdiction(String accountId) {
        Account account = state.accounts.get(accountId);
        return account == null ? null : account.jurisdiction;
    }

    public boolean isRepresentative(String accountId, String actorId) {
        Account account = state.accounts.get(accountId);
        return account != null && account.representatives.contains(actorId);
    }

    /** Whether {@code unit} is a valid unit code. */
    public boolean isUnitCode(String unit) {
        return state.units.containsKey(unit) || UnitCode.parse(unit, state.unifiedAuthority()) != null;
    }

    public long balance(String accountId, String unit, Position position) {
        Account account = state.accounts.get(accountId);
        UnitHolding holding = account == null ? null : account.holdings.get(unit);
        return holding == null ? 0 : holding.total(position);
    }

    /**
     * Moves the lowest serials of one account from one position to another. Into the trading position they go to
     * the exchange's pool for the unit, the account keeping the quantity; out of it the pool's lowest serials come
     * back (units in the trading position are fungible, as at a securities depository, so that trades move
     * quantities and no serials).
     */
    public List<SerialBlock> moveWithin(String accountId, String unit, Position from, Position to, long quantity) {
        UnitHolding holding = state.accounts.get(accountId).holding(unit);
        List<SerialBlock> blocks;
        if (from == Position.TRADING) {
            blocks = state.pool(unit).takeLowest(quantity);
            holding.trading -= quantity;
        } else {
            blocks = holding.at(from).takeLowest(quantity);
        }
        if (to == Position.TRADING) {
            state.pool(unit).add(blocks);
            holding.trading += quantity;
        } else {
            holding.at(to).add(blocks);
        }
        return blocks;
    }

    /** The parsed unit code, or null if {@code unit} is not one. */
    public UnitCode unitCode(String unit) {
        return state.unitCode(unit);
    }

    /** Whether {@code quantity} more serials of {@code unit} can be numbered. */
    public boolean canIssue(String unit, long quantity) {
        return state.canIssue(unit, quantity);
    }

    /**
     * Issues new serials of a valid unit code (see {@link #unitCode}) into an account's available position; the
     * caller checked {@link #canIssue} and emits the event naming the block.
     */
    public SerialBlock issue(String accountId, String unit, long quantity) {
        return state.issue(unitCode(unit), state.accounts.get(accountId), quantity);
    }

    /** Settles a trade between two trading positions: a quantity, the serials staying in the pool. */
    public void deliverInTrading(String fromAccount, String toAccount, String unit, long quantity) {
        state.accounts.get(fromAccount).holding(unit).trading -= quantity;
        state.accounts.get(toAccount).holding(unit).trading += quantity;
    }

    /** Delivers the lowest serials from one account's position to another's; not for the trading position. */
    public List<SerialBlock> deliver(String fromAccount, Position from, String toAccount, Position to, String unit,
                                     long quantity) {
        List<SerialBlock> blocks = state.accounts.get(fromAccount).holding(unit).at(from).takeLowest(quantity);
        state.accounts.get(toAccount).holding(unit).at(to).add(blocks);
        return blocks;
    }
}
