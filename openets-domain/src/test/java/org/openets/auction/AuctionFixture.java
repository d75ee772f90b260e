package org.openets.auction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.openets.clearing.Clearing;
import org.openets.clearing.DepositFunds;
import org.openets.clearing.FundsAccount;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.Event;
import org.openets.core.MarketTime;
import org.openets.core.Outcome;
import org.openets.core.Position;
import org.openets.core.Rejection;
import org.openets.core.Tick;
import org.openets.engine.Engine;
import org.openets.engine.StandardEngine;
import org.openets.exchange.RegisterTradingAccount;
import org.openets.registry.AccountType;
import org.openets.registry.AddRepresentative;
import org.openets.registry.IssueUnits;
import org.openets.registry.OpenAccount;
import org.openets.registry.Registry;
import org.openets.rulebook.AmendRule;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;

/**
 * A running engine with Sichuan's auction account {@code AUC-SC} holding 100,000 SCEA-2025; Sichuan's regulator
 * {@code reg-sc}, Chongqing's {@code reg-cq} and the unified-market authority's {@code reg-cy}, which amends rules;
 * seven bidders A to G: account {@code BID-x} of corporate group {@code GRP-x}, admitted to trading with member
 * {@code mem-x} and CNY 1,000,000 deposited. Group A has a second account, {@code BID-A2}. The clock starts on
 * Tuesday 2025-03-04 at 09:30 CST; auctions announced with {@link #announce} take bids 10:00 to 11:00 that day.
 */
final class AuctionFixture {

    static final String UNIT = "SCEA-2025";
    static final String AUCTION_ACCOUNT = "AUC-SC";
    static final long SUPPLY_HELD = 100_000;
    static final long DEPOSIT_FEN = 100_000_000;
    static final List<String> BIDDERS = List.of("A", "B", "C", "D", "E", "F", "G");

    /** One accepted command as the journal would hold it. */
    record Applied(long sequence, long timestampMillis, Envelope envelope, List<Event> events) {
    }

    final Engine engine = StandardEngine.create();
    final List<Applied> journal = new ArrayList<>();
    private long now;
    private int keys;

    AuctionFixture() {
        at(LocalDateTime.of(2025, 3, 4, 9, 30));
        ok(Rulebook.SYSTEM_ACTOR, new RegisterActor("reg-cy", Role.REGULATOR, "CY"));
        ok(Rulebook.SYSTEM_ACTOR, new RegisterActor("reg-sc", Role.REGULATOR, "SC"));
        ok(Rulebook.SYSTEM_ACTOR, new RegisterActor("reg-cq", Role.REGULATOR, "CQ"));
        ok(Rulebook.SYSTEM_ACTOR, new OpenAccount(AUCTION_ACCOUNT, AccountType.AUCTION, "SC", "SC-GOV",
                "Sichuan auction account"));
        ok("reg-sc", new IssueUnits(AUCTION_ACCOUNT, UNIT, SUPPLY_HELD));
        for (String b : BIDDERS) {
            bidder("BID-" + b, "GRP-" + b, "mem-" + b.toLowerCase());
        }
        bidder("BID-A2", "GRP-A", "mem-a");
    }

    void bidder(String accountId, String group, String member) {
        if (engine.context(Rulebook.class).actor(member) == null) {
            ok(Rulebook.SYSTEM_ACTOR, new RegisterActor(member, Role.MEMBER, "SC"));
        }
        ok(Rulebook.SYSTEM_ACTOR, new OpenAccount(accountId, AccountType.ENTITY_HOLDING, "SC", group,
                "Group " + group));
        ok(Rulebook.SYSTEM_ACTOR, new RegisterTradingAccount(accountId, member));
        ok(Rulebook.SYSTEM_ACTOR, new DepositFunds(accountId, DEPOSIT_FEN, "bank credit"));
    }

    /** Opens an entity account with a representative, not admitted to trading. */
    void entityAccount(String accountId, String group, String representative) {
        ok(Rulebook.SYSTEM_ACTOR, new RegisterActor(representative, Role.REPRESENTATIVE, "SC"));
        ok(Rulebook.SYSTEM_ACTOR, new OpenAccount(accountId, AccountType.ENTITY_HOLDING, "SC", group,
                "Group " + group));
        ok(Rulebook.SYSTEM_ACTOR, new AddRepresentative(accountId, representative));
    }

    void at(LocalDateTime chinaTime) {
        now = MarketTime.epochMillis(chinaTime);
    }

    long now() {
        return now;
    }

    static long millis(LocalDateTime chinaTime) {
        return MarketTime.epochMillis(chinaTime);
    }

    Outcome apply(String actor, Command command) {
        Envelope envelope = new Envelope("key-" + (++keys), actor, "test", command);
        Outcome outcome = engine.apply(now, envelope);
        if (outcome instanceof Outcome.Accepted accepted) {
            journal.add(new Applied(accepted.sequence(), now, envelope, accepted.events()));
        }
        return outcome;
    }

    List<Event> ok(String actor, Command command) {
        Outcome outcome = apply(actor, command);
        assertThat(outcome).as("%s by %s", command, actor).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted) outcome).events();
    }

    /** Applies a command that must be refused, and checks that it changed nothing. */
    Rejection rejected(String actor, Command command) {
        byte[] before = engine.stateHash();
        Outcome outcome = apply(actor, command);
        assertThat(outcome).as("%s by %s", command, actor).isInstanceOf(Outcome.Rejected.class);
        assertThat(engine.stateHash()).as("a rejection changes nothing").isEqualTo(before);
        return ((Outcome.Rejected) outcome).rejection();
    }

    /** Moves the clock and ticks; the events of the tick, none if nothing was due. */
    List<Event> tickAt(LocalDateTime chinaTime) {
        at(chinaTime);
        Outcome outcome = apply(Rulebook.SYSTEM_ACTOR, new Tick());
        return outcome instanceof Outcome.Accepted accepted ? accepted.events() : List.of();
    }

    void amend(String ruleId, long value) {
        ok("reg-cy", new AmendRule(ruleId, value, MarketTime.localDate(now), "test notice", "Art 1"));
    }

    /** Announces {@code volume} t at an explicit reserve, bids from 10:00 to 11:00 on 2025-03-04. */
    List<Event> announce(String auctionId, long volume, long reserveFen) {
        return ok("reg-sc", new AnnounceAuction(auctionId, "SC", UNIT, AUCTION_ACCOUNT, volume, ReserveBasis.EXPLICIT,
                reserveFen, millis(LocalDateTime.of(2025, 3, 4, 10, 0)), millis(LocalDateTime.of(2025, 3, 4, 11, 0))));
    }

    /** Bidder {@code letter}'s member bids through {@code BID-<letter>}. */
    SubmitBid bid(String auctionId, String letter, long priceFen, long quantity) {
        return new SubmitBid(auctionId, "bid-" + letter, "BID-" + letter, priceFen, quantity);
    }

    static String member(String letter) {
        return "mem-" + letter.toLowerCase();
    }

    Auctions auctions() {
        return engine.context(Auctions.class);
    }

    Registry registry() {
        return engine.context(Registry.class);
    }

    Clearing clearing() {
        return engine.context(Clearing.class);
    }

    long units(String accountId, Position position) {
        return registry().balance(accountId, UNIT, position);
    }

    FundsAccount funds(String accountId) {
        return clearing().account(accountId);
    }

    long fiscalFen() {
        FundsAccount fiscal = clearing().account(Clearing.fiscalAccount("SC"));
        return fiscal == null ? 0 : fiscal.availableFen();
    }

    static <E extends Event> List<E> ofType(List<Event> events, Class<E> type) {
        List<E> found = new ArrayList<>();
        for (Event e : events) {
            if (type.isInstance(e)) {
                found.add(type.cast(e));
            }
        }
        return found;
    }

    static <E extends Event> E only(List<Event> events, Class<E> type) {
        List<E> found = ofType(events, type);
        assertThat(found).as("events of type %s", type.getSimpleName()).hasSize(1);
        return found.get(0);
    }
}
