package org.openets.clearing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openets.core.ApplyContext;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;
import org.openets.core.BoundedContext;
import org.openets.core.Catalog;
import org.openets.core.Command;
import org.openets.core.RecordCodec;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.core.StateHasher;
import org.openets.registry.Settlement;
import org.openets.rulebook.Actor;
import org.openets.rulebook.Fields;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;

/**
 * The clearing context (DOMAIN §3): funds accounts in fen with deposits and withdrawals. The exchange reserves,
 * releases and settles money through the package's methods while it applies a command, so that units and
 * money move in one engine step; it checks every amount before it moves any. System accounts (fees, each
 * jurisdiction's fiscal account) exist from genesis.
 */
public final class Clearing implements BoundedContext {

    /** The exchange's fee income. */
    public static final String FEE_ACCOUNT = "CLEARING-FEES";
    private static final String FISCAL_PREFIX = "FISCAL-";

    private final Rulebook rulebook;
    private final Settlement registry;
    private final Map<String, FundsAccount> accounts = new HashMap<>();
    /** Who, besides the account's registry representatives and the operator, may instruct each account. */
    private final Map<String, String> members = new HashMap<>();
    /** The fee income account, credited on every trade. */
    private FundsAccount feeAccount;

    public Clearing(Rulebook rulebook, Settlement registry) {
        this.rulebook = rulebook;
        this.registry = registry;
        feeAccount = open(FEE_ACCOUNT, Rulebook.SYSTEM_ACTOR);
    }

    /** The funds account into which a jurisdiction's auction proceeds are paid. */
    public static String fiscalAccount(String jurisdiction) {
        return FISCAL_PREFIX + jurisdiction;
    }

    @Override
    public String name() {
        return "clearing";
    }

    @Override
    public void register(Catalog.Builder catalog) {
        // Codes are journaled: append, never reorder. Commands 500-549, events 550-599.
        catalog.add(500, DepositFunds.class).add(501, WithdrawFunds.class);
        catalog.add(550, FundsDeposited.class).add(551, FundsWithdrawn.class);
    }

    @Override
    public boolean handles(Class<? extends Command> type) {
        return type == DepositFunds.class || type == WithdrawFunds.class;
    }

    @Override
    public Rejection apply(Command command, ApplyContext context) {
        Rejection rejection = command instanceof DepositFunds d ? deposit(d, context)
                : withdraw((WithdrawFunds) command, context);
        return rejection == null ? null : rejection.withRulebookVersion(rulebook.version());
    }

    private Rejection deposit(DepositFunds c, ApplyContext context) {
        Rejection invalid = checkAmountAndReference(c.accountId(), c.amountFen(), c.reference());
        if (invalid != null) {
            return invalid;
        }
        FundsAccount account = accounts.get(c.accountId());
        if (account == null) {
            return unknownAccount();
        }
        Actor actor = rulebook.actor(context.actorId());
        if (actor == null || actor.role() != Role.OPERATOR) {
            return Rejection.of(RejectCode.NOT_AUTHORISED, "actorId", ClearingRejects.OPERATOR_ONLY,
                    "only the exchange operator credits money received by the settlement bank");
        }
        if (account.availableFen > ClearingRejects.MAX_AMOUNT_FEN - c.amountFen()) {
            return Rejection.of(RejectCode.INVALID_FIELD, "amountFen", ClearingRejects.AMOUNT_RANGE,
                    "the balance would exceed " + ClearingRejects.MAX_AMOUNT_FEN + " fen");
        }
        account.availableFen += c.amountFen();
        context.emit(new FundsDeposited(c.accountId(), c.amountFen(), c.reference()));
        return null;
    }

    private Rejection withdraw(WithdrawFunds c, ApplyContext context) {
        Rejection invalid = checkAmountAndReference(c.accountId(), c.amountFen(), c.reference());
        if (invalid != null) {
            return invalid;
        }
        FundsAccount account = accounts.get(c.accountId());
        if (account == null) {
            return unknownAccount();
        }
        if (!mayInstruct(c.accountId(), context.actorId())) {
            return Rejection.of(RejectCode.NOT_AUTHORISED, "actorId", ClearingRejects.ACCOUNT_PARTY_ONLY,
                    "only the account's member, its representatives or the operator may withdraw");
        }
        long withdrawable = account.withdrawableFen(Rulebook.epochDay(context.timestampMillis()));
        if (c.amountFen() > withdrawable) {
            return Rejection.of(ClearingRejects.INSUFFICIENT_FUNDS, "amountFen", ClearingRejects.PROCEEDS_NEXT_DAY,
                    "withdrawable now: " + withdrawable + " fen (today's sale proceeds and reserved money excluded)");
        }
        account.availableFen -= c.amountFen();
        context.emit(new FundsWithdrawn(c.accountId(), c.amountFen(), c.reference()));
        return null;
    }

    private static Rejection checkAmountAndReference(String accountId, long amountFen, String reference) {
        if (!Fields.isId(accountId)) {
            return Rejection.of(RejectCode.INVALID_FIELD, "accountId", ClearingRejects.FIELD_FORMAT,
                    "accountId must be 1-64 letters, digits or . _ : -");
        }
        if (amountFen <= 0 || amountFen > ClearingRejects.MAX_AMOUNT_FEN) {
            return Rejection.of(RejectCode.INVALID_FIELD, "amountFen", ClearingRejects.AMOUNT_RANGE,
                    "amountFen must be 1 to " + ClearingRejects.MAX_AMOUNT_FEN);
        }
        if (!Fields.isText(reference)) {
            return Rejection.of(RejectCode.INVALID_FIELD, "reference", ClearingRejects.FIELD_FORMAT,
                    "reference must be 1-" + Fields.MAX_TEXT_LENGTH + " characters");
        }
        return null;
    }

    private static Rejection unknownAccount() {
        return Rejection.of(ClearingRejects.UNKNOWN_FUNDS_ACCOUNT, "accountId", ClearingRejects.FUNDS_ACCOUNT_KNOWN,
                "no funds account with this id; the exchange opens one when it registers a trading account");
    }

    /** Whether the actor is the account's member, one of its registry representatives, or the operator. */
    public boolean mayInstruct(String accountId, String actorId) {
        Actor actor = rulebook.actor(actorId);
        return actor != null && actor.role() == Role.OPERATOR || actorId.equals(members.get(accountId))
                || registry.isRepresentative(accountId, actorId);
    }

    // ---- for the exchange, on the engine thread; callers check amounts first ----

    /** Opens the funds account if it does not exist, instructed by {@code memberId}; returns it. */
    public FundsAccount open(String accountId, String memberId) {
        members.put(accountId, memberId);
        return accounts.computeIfAbsent(accountId, FundsAccount::new);
    }

    /** The funds account, or null. */
    public FundsAccount account(String accountId) {
        return accounts.get(accountId);
    }

    /** The fiscal account of a jurisdiction, opened on first use. */
    public FundsAccount fiscal(String jurisdiction) {
        return accounts.computeIfAbsent(fiscalAccount(jurisdiction), FundsAccount::new);
    }

    public void reserve(FundsAccount account, long amountFen) {
        account.availableFen -= amountFen;
        account.reservedFen += amountFen;
    }

    public void release(FundsAccount account, long amountFen) {
        account.reservedFen -= amountFen;
        account.availableFen += amountFen;
    }

    /** Takes {@code amountFen} out of reserved money as payment. */
    public void pay(FundsAccount account, long amountFen) {
        account.reservedFen -= amountFen;
    }

    /** Credits sale proceeds: available at once, withdrawable from the next day. */
    public void credit(FundsAccount account, long amountFen, long epochDay) {
        account.availableFen += amountFen;
        if (account.proceedsDay != epochDay) {
            account.proceedsDay = epochDay;
            account.proceedsFen = 0;
        }
        account.proceedsFen += amountFen;
    }

    public FundsAccount feeAccount() {
        return feeAccount;
    }

    /** Every funds account, sorted by id. */
    public List<FundsAccount> accounts() {
        return new ArrayList<>(new TreeMap<>(accounts).values());
    }

    @Override
    public void hashState(StateHasher hasher) {
        BinaryWriter out = new BinaryWriter(1 << 10);
        write(out);
        hasher.putBytes(out.toByteArray());
    }

    @Override
    public void writeSnapshot(BinaryWriter out, RecordCodec codec) {
        write(out);
    }

    private void write(BinaryWriter out) {
        TreeMap<String, FundsAccount> sorted = new TreeMap<>(accounts);
        out.putInt(sorted.size());
        sorted.values().forEach(a -> out.putString(a.accountId).putString(members.getOrDefault(a.accountId, ""))
                .putLong(a.availableFen).putLong(a.reservedFen).putLong(a.proceedsFen).putLong(a.proceedsDay));
    }

    @Override
    public void readSnapshot(BinaryReader in, RecordCodec codec) {
        accounts.clear();
        members.clear();
        int count = in.getInt();
        for (int i = 0; i < count; i++) {
            FundsAccount account = new FundsAccount(in.getString());
            String member = in.getString();
            if (!member.isEmpty()) {
                members.put(account.accountId, member);
            }
            account.availableFen = in.getLong();
            account.reservedFen = in.getLong();
            account.proceedsFen = in.getLong();
            account.proceedsDay = in.getLong();
            accounts.put(account.accountId, account);
        }
        feeAccount = accounts.get(FEE_ACCOUNT);
    }
}
