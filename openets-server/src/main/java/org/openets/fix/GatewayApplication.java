package org.openets.fix;

import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.Application;
import quickfix.FieldNotFound;
import quickfix.IncorrectTagValue;
import quickfix.Message;
import quickfix.RejectLogon;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.UnsupportedMessageType;
import quickfix.field.MsgType;
import quickfix.field.Password;
import quickfix.field.Username;

/**
 * The acceptor's application: authenticates each Logon as a member, then reads order and market data messages
 * on the session's thread and hands them to the gateway thread. A message type the gateway does not serve is
 * answered by the session with a BusinessMessageReject.
 */
final class GatewayApplication implements Application {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayApplication.class);

    private final FixCredentials credentials;
    private final Sessions sessions;
    private final Executor gatewayThread;
    private final MemberOrders orders;
    private final MarketDataFeed marketData;

    GatewayApplication(FixCredentials credentials, Sessions sessions, Executor gatewayThread, MemberOrders orders,
                       MarketDataFeed marketData) {
        this.credentials = credentials;
        this.sessions = sessions;
        this.gatewayThread = gatewayThread;
        this.orders = orders;
        this.marketData = marketData;
    }

    @Override
    public void onCreate(SessionID session) {
        // Sessions are created on first connection; nothing to prepare.
    }

    @Override
    public void onLogon(SessionID session) {
        sessions.loggedOn(session);
        LOG.info("FIX session {} logged on as member {}", session, sessions.member(session).memberId());
    }

    @Override
    public void onLogout(SessionID session) {
        sessions.loggedOut(session);
        gatewayThread.execute(() -> marketData.dropSession(session));
    }

    @Override
    public void toAdmin(Message message, SessionID session) {
        // The session fills in every administrative message itself.
    }

    /** Logon: Username(553) is the member's actor id, Password(554) is checked against the credentials file. */
    @Override
    public void fromAdmin(Message message, SessionID session) throws FieldNotFound, RejectLogon {
        if (!MsgType.LOGON.equals(message.getHeader().getString(MsgType.FIELD))) {
            return;
        }
        if (!message.isSetField(Username.FIELD) || !message.isSetField(Password.FIELD)) {
            throw new RejectLogon("Logon needs Username(553), the member id, and Password(554)");
        }
        String member = message.getString(Username.FIELD);
        if (!credentials.verify(member, message.getString(Password.FIELD))) {
            LOG.warn("FIX logon refused for {} as member {}", session, member);
            throw new RejectLogon("unknown member or wrong password");
        }
        Session fix = Session.lookupSession(session);
        sessions.authenticated(session, member, fix == null ? null : fix.getRemoteAddress());
    }

    @Override
    public void toApp(Message message, SessionID session) {
        // Reports are complete when built.
    }

    @Override
    public void fromApp(Message message, SessionID session)
            throws FieldNotFound, IncorrectTagValue, UnsupportedMessageType {
        Sessions.Member member = sessions.member(session);
        if (member == null) {
            // The session delivers application messages only after a logon this class accepted.
            LOG.warn("FIX session {} sent {} without an accepted logon", session, message);
            return;
        }
        switch (message.getHeader().getString(MsgType.FIELD)) {
            case MsgType.ORDER_SINGLE -> submit(OrderEntry.newOrder(message, session, member));
            case MsgType.ORDER_CANCEL_REQUEST -> submit(OrderEntry.cancel(message, session, member));
            case MsgType.ORDER_CANCEL_REPLACE_REQUEST -> submit(OrderEntry.replace(message, session, member));
            case MsgType.MARKET_DATA_REQUEST -> {
                MarketDataRequest request = MarketDataRequest.read(message, session);
                gatewayThread.execute(() -> marketData.request(request));
            }
            default -> throw new UnsupportedMessageType();
        }
    }

    private void submit(OrderRequest request) {
        gatewayThread.execute(() -> orders.submit(request));
    }
}
