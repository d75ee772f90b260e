package org.openets.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openets.core.Event;

/**
 * A key emitter (DOMAIN §1): the cement maker's 2024 report of 30,000 t puts it on the national list, so from 2025
 * its obligation is surrendered in the national market. 2024 stays a regional year; 2025 is neither surrendered
 * here nor assessed at the close, and the public listing says where it stands.
 */
class NationalMarketEntityTest {

    private final ComplianceFixture f = ComplianceFixture.withEntities();

    NationalMarketEntityTest() {
        f.confirmReport("E-SC", 2024, 30_000);
        f.confirmReport("E-SC", 2025, 28_000);
        f.issue("HA-SC", "SCEA-2025", 40_000);
    }

    @Test
    void its_year_after_the_listing_has_no_regional_obligation() {
        f.rejected("rep", new SurrenderForCompliance("E-SC", 2025, "SCEA-2025", 1_000),
                "CMP-KEY-EMITTER-NATIONAL-OBLIGATION");

        assertThat(f.compliance().status("E-SC", 2025).standing()).isEqualTo(ComplianceStanding.NATIONAL_MARKET);
        assertThat(f.compliance().status("E-SC", 2024).standing()).isEqualTo(ComplianceStanding.PENDING);
    }

    @Test
    void the_year_that_listed_it_is_still_surrendered_here() {
        f.issue("HA-SC", "SCEA-2024", 30_000);
        f.ok("rep", new SurrenderForCompliance("E-SC", 2024, "SCEA-2024", 30_000));

        assertThat(f.compliance().status("E-SC", 2024).standing()).isEqualTo(ComplianceStanding.COMPLIANT);
    }

    @Test
    void the_close_leaves_it_out() {
        f.at(LocalDateTime.of(2027, 1, 4, 10, 0));
        List<Event> events = f.ok("reg-sc", new CloseCompliance("SC", 2025));

        assertThat(ComplianceFixture.of(ShortfallAssessed.class, events)).noneMatch(s -> s.entityId().equals("E-SC"));
        assertThat(ComplianceFixture.of(ReportingFailureRecorded.class, events))
                .extracting(ReportingFailureRecorded::entityId).containsExactly("E-SC2");
        assertThat(f.replayedHash()).isEqualTo(f.hash());
    }
}
