package org.openets.mrv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openets.clearing.DepositFunds;
import org.openets.core.Event;
import org.openets.exchange.CancelReason;
import org.openets.exchange.Exchange;
import org.openets.exchange.OrderCancelled;
import org.openets.exchange.ListInstrument;
import org.openets.exchange.OrderType;
import org.openets.exchange.PlaceOrder;
import org.openets.exchange.RegisterTradingAccount;
import org.openets.exchange.RestrictionReason;
import org.openets.exchange.Side;
import org.openets.exchange.TimeInForce;
import org.openets.exchange.TradingRestrictionSet;
import org.openets.rulebook.Rulebook;

/**
 * Key emitters (DOMAIN §1): a power entity whose confirmed emissions reach 26,000 t goes on the national list and
 * places no more orders here; after two consecutive years below it comes off the list and trades again.
 */
class KeyEmitterTest {

    private static final String HOLDER = "holder-HA-PW";
    private final MrvFixture f = MrvFixture.withEntities();
    private int orders;

    KeyEmitterTest() {
        String system = Rulebook.SYSTEM_ACTOR;
        f.holdingAccount("HA-PW", "SC", "rep");
        f.ok("reg-sc", new RegisterEntity("E-PW", "Sichuan Power", validCode("915101007092" + "1234"), "SC",
                Sector.POWER, "HA-PW"));
        f.ok(system, new ListInstrument("SCEA-2025", "SCEA-2025", 6_236, 1, 0));
        f.ok(system, new RegisterTradingAccount("HA-PW", "m1"));
        f.ok(system, new DepositFunds("HA-PW", 10_000_000, "bank-HA-PW"));
    }

    /** A credit code with its check characters, so the fixture needs no hand-computed one. */
    private static String validCode(String first16) {
        String organisation = first16.substring(8, 16);
        String first17 = first16 + UnifiedSocialCreditCode.organisationCodeCheck(organisation);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    /** Drafts, submits, verifies and confirms a report of {@code tonnes} t for {@code year}; the confirm's events. */
    private List<Event> confirmed(int year, String tonnes) {
        String reportId = "PW-" + year;
        f.ok("rep", new DraftReport(reportId, "E-PW", year, "body-A",
                List.of(ActivityLine.process("desulphurisation", null, tonnes, "1")), null));
        f.ok("rep", new SubmitReport(reportId));
        f.ok("ver", new VerifyReport(reportId, "body-B", "checked", "the change follows the load"));
        return f.ok("reg-sc", new ConfirmReport(reportId));
    }

    private PlaceOrder buy() {
        return new PlaceOrder("o-" + (++orders), "HA-PW", "SCEA-2025", Side.BUY, OrderType.LIMIT, TimeInForce.GTC,
                6_236, 1);
    }

    @Test
    void a_30_000_t_power_entity_goes_national_and_places_no_orders() {
        f.ok("m1", buy());
        List<Event> events = confirmed(2023, "30000");

        assertThat(events).contains(new EntityClassified("E-PW", 2023, true, 30_000, 26_000));
        assertThat(events).filteredOn(TradingRestrictionSet.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((TradingRestrictionSet) e).active()).isTrue());
        assertThat(f.mrv().nationallyListed("E-PW")).isTrue();
        assertThat(f.engine.context(Exchange.class).isRestricted(HOLDER, RestrictionReason.KEY_EMITTER)).isTrue();
        // Its resting order leaves the book with it, and the money it held is free again.
        assertThat(events).filteredOn(OrderCancelled.class::isInstance).singleElement()
                .satisfies(e -> {
                    assertThat(((OrderCancelled) e).orderId()).isEqualTo("o-1");
                    assertThat(((OrderCancelled) e).reason()).isEqualTo(CancelReason.RESTRICTED);
                });
        assertThat(f.engine.context(Exchange.class).openOrders("HA-PW")).isEmpty();
        f.rejected("m1", buy(), "EXC-KEY-EMITTER-NATIONAL-MARKET");
        assertThat(f.replayedHash()).isEqualTo(f.hash());
    }

    @Test
    void a_20_000_t_one_stays_regional() {
        List<Event> events = confirmed(2023, "20000");

        assertThat(events).noneMatch(e -> e instanceof EntityClassified || e instanceof TradingRestrictionSet);
        assertThat(f.mrv().nationallyListed("E-PW")).isFalse();
        f.ok("m1", buy());
    }

    @Test
    void two_years_below_take_it_off_the_list_and_it_trades_again() {
        confirmed(2023, "30000");
        assertThat(confirmed(2024, "20000")).noneMatch(EntityClassified.class::isInstance);
        assertThat(f.mrv().nationallyListed("E-PW")).isTrue();
        f.rejected("m1", buy(), "EXC-KEY-EMITTER-NATIONAL-MARKET");

        List<Event> events = confirmed(2025, "25999");
        assertThat(events).contains(new EntityClassified("E-PW", 2025, false, 25_999, 26_000));
        assertThat(f.mrv().nationallyListed("E-PW")).isFalse();
        assertThat(f.engine.context(Exchange.class).isRestricted(HOLDER, RestrictionReason.KEY_EMITTER)).isFalse();
        f.ok("m1", buy());
        assertThat(f.replayedHash()).isEqualTo(f.hash());
    }

    @Test
    void a_non_national_sector_is_never_listed() {
        f.ok(Rulebook.SYSTEM_ACTOR, new org.openets.rulebook.RegisterActor("rep-x", org.openets.rulebook.Role.REPRESENTATIVE, "SC"));
        f.holdingAccount("HA-X", "SC", "rep-x");
        f.ok("reg-sc", new RegisterEntity("E-X", "Sichuan Chemicals", validCode("915101007092" + "5678"), "SC",
                Sector.CHEMICALS, "HA-X"));
        f.ok("rep-x", new DraftReport("X-2023", "E-X", 2023, "body-A",
                List.of(ActivityLine.process("reactor", null, "90000", "1")), null));
        f.ok("rep-x", new SubmitReport("X-2023"));
        f.ok("ver", new VerifyReport("X-2023", "body-B", "checked", null));
        assertThat(f.ok("reg-sc", new ConfirmReport("X-2023"))).noneMatch(EntityClassified.class::isInstance);
        assertThat(f.mrv().nationallyListed("E-X")).isFalse();
    }
}
