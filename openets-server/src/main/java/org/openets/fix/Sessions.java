package org.openets.fix;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;

/**
 * The member behind each FIX session, and the sessions each member has logged on. A member may hold several
 * sessions (one per SenderCompID); each of them sees every report about the member's orders.
 */
final class Sessions {

    /** Who a session authenticated as, and from where, for the envelope's client address. */
    record Member(String memberId, String clientAddress) {
    }

    private final Map<SessionID, Member> authenticated = new ConcurrentHashMap<>();
    private final Map<String, Set<SessionID>> loggedOn = new ConcurrentHashMap<>();

    /** {@code remoteAddress} as the session reports it ({@code /host:port}), null if it cannot tell. */
    void authenticated(SessionID session, String memberId, String remoteAddress) {
        String address = remoteAddress == null ? session.getTargetCompID()
                : remoteAddress.startsWith("/") ? remoteAddress.substring(1) : remoteAddress;
        authenticated.put(session, new Member(memberId, "fix:" + address));
    }

    void loggedOn(SessionID session) {
        Member member = authenticated.get(session);
        if (member != null) {
            loggedOn.computeIfAbsent(member.memberId(), m -> ConcurrentHashMap.newKeySet()).add(session);
        }
    }

    void loggedOut(SessionID session) {
        Member member = authenticated.remove(session);
        if (member != null) {
            loggedOn.computeIfPresent(member.memberId(), (m, sessions) -> {
                sessions.remove(session);
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }

    /** The member a logged-on session acts for, or null before its logon was accepted. */
    Member member(SessionID session) {
        return authenticated.get(session);
    }

    /** Sends a copy of {@code message} to every session the member has logged on; none is fine. */
    void sendToMember(String memberId, Message message) {
        Set<SessionID> sessions = loggedOn.get(memberId);
        if (sessions == null) {
            return;
        }
        for (SessionID session : sessions) {
            send(session, (Message) message.clone());
        }
    }

    /** Sends to one session if it is still logged on; a report for a session that has gone is dropped. */
    static void send(SessionID sessionId, Message message) {
        Session session = Session.lookupSession(sessionId);
        if (session != null && session.isLoggedOn()) {
            session.send(message);
        }
    }
}
