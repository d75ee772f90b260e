package org.openets.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quickfix.Message;
import quickfix.field.MsgType;
import quickfix.field.Text;

/** A member logs on with its actor id as Username(553) and the password whose hash the credentials file holds. */
class FixLogonTest {

    @TempDir
    Path dir;

    private FixMarket market;

    @BeforeEach
    void open() throws Exception {
        market = FixMarket.open(dir);
    }

    @AfterEach
    void close() throws Exception {
        market.close();
    }

    @Test
    void a_member_with_its_password_is_logged_on() throws Exception {
        try (FixClient client = market.connect(FixMarket.MEMBER_A, FixMarket.PASSWORD_A).awaitLogon()) {
            assertThat(client.isLoggedOn()).isTrue();
        }
    }

    @Test
    void a_wrong_password_gets_a_logout_with_the_reason() throws Exception {
        assertRefused(FixMarket.MEMBER_A, FixMarket.PASSWORD_B, "unknown member or wrong password");
    }

    @Test
    void another_members_password_does_not_open_a_session() throws Exception {
        assertRefused(FixMarket.MEMBER_B, FixMarket.PASSWORD_A, "unknown member or wrong password");
    }

    @Test
    void a_member_missing_from_the_credentials_file_is_refused() throws Exception {
        assertRefused("mem-z", FixMarket.PASSWORD_A, "unknown member or wrong password");
    }

    @Test
    void a_logon_without_a_password_is_refused_naming_the_tag() throws Exception {
        assertRefused(FixMarket.MEMBER_A, null, "Password(554)");
    }

    private void assertRefused(String member, String password, String reason) throws Exception {
        try (FixClient client = FixClient.connect(market.gateway.port(), FixMarket.nextCompId(member), member,
                password)) {
            Message logout = client.await(MsgType.LOGOUT);
            assertThat(logout.getString(Text.FIELD)).contains(reason);
            assertThat(client.isLoggedOn()).isFalse();
        }
    }
}
