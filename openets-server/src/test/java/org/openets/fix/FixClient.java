package org.openets.fix;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import quickfix.Application;
import quickfix.ConfigError;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.MemoryStoreFactory;
import quickfix.SLF4JLogFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionNotFound;
import quickfix.SessionSettings;
import quickfix.SocketInitiator;
import quickfix.field.MsgType;
import quickfix.field.Password;
import quickfix.field.Username;

/**
 * A member's FIX 4.4 client: a real QuickFIX/J initiator on loopback that validates what it receives against
 * the FIX 4.4 dictionary and keeps every application message, Reject and Logout for the test to wait for.
 */
final class FixClient implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);

    private final SessionID session;
    private final SocketInitiator initiator;
    private final List<Message> inbox = new ArrayList<>();
    private final CountDownLatch loggedOn = new CountDownLatch(1);

    private FixClient(int port, String compId, String username, String password) throws ConfigError {
        session = new SessionID("FIX.4.4", compId, FixGateway.COMP_ID);
        SessionSettings settings = new SessionSettings(new ByteArrayInputStream(String.join("\n",
                "[DEFAULT]",
                "ConnectionType=initiator",
                "SocketConnectHost=127.0.0.1",
                "SocketConnectPort=" + port,
                "NonStopSession=Y",
                "HeartBtInt=30",
                // a refused logon is not retried while the test looks at it
                "ReconnectInterval=60",
                "UseDataDictionary=Y",
                "ResetOnLogon=Y",
                "[SESSION]",
                "BeginString=FIX.4.4",
                "SenderCompID=" + compId,
                "TargetCompID=" + FixGateway.COMP_ID,
                "").getBytes(StandardCharsets.UTF_8)));
        initiator = new SocketInitiator(new Recorder(username, password), new MemoryStoreFactory(), settings,
                new SLF4JLogFactory(settings), new quickfix.fix44.MessageFactory());
        initiator.start();
    }

    /** Connects and sends a Logon with these credentials; does not wait for the answer. */
    static FixClient connect(int port, String compId, String username, String password) throws ConfigError {
        return new FixClient(port, compId, username, password);
    }

    /**
     * Waits until the logon is accepted. The initiator sends its Logon on its once-a-second session timer, so
     * tests connect every client first and then wait.
     */
    FixClient awaitLogon() throws InterruptedException {
        if (!loggedOn.await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            close();
            throw new AssertionError(session + " was not logged on");
        }
        return this;
    }

    String compId() {
        return session.getSenderCompID();
    }

    boolean isLoggedOn() {
        Session fix = Session.lookupSession(session);
        return fix != null && fix.isLoggedOn();
    }

    void send(Message message) throws SessionNotFound {
        if (!Session.sendToTarget(message, session)) {
            throw new AssertionError("not sent: " + message);
        }
    }

    /** Takes the first message received (or arriving within {@link #WAIT}) of {@code msgType} that matches. */
    Message await(String msgType, Predicate<Message> matching) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        synchronized (inbox) {
            while (true) {
                for (Iterator<Message> i = inbox.iterator(); i.hasNext(); ) {
                    Message message = i.next();
                    if (msgType.equals(typeOf(message)) && matching.test(message)) {
                        i.remove();
                        return message;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + msgType + " message as expected within " + WAIT + "; received "
                            + inbox);
                }
                TimeUnit.NANOSECONDS.timedWait(inbox, left);
            }
        }
    }

    Message await(String msgType) throws InterruptedException {
        return await(msgType, m -> true);
    }

    /** Messages of {@code msgType} received so far and not yet taken. */
    List<Message> received(String msgType) {
        synchronized (inbox) {
            return inbox.stream().filter(m -> msgType.equals(typeOf(m))).toList();
        }
    }

    static String typeOf(Message message) {
        try {
            return message.getHeader().getString(MsgType.FIELD);
        } catch (FieldNotFound e) {
            throw new AssertionError(e);
        }
    }

    private void keep(Message message) {
        synchronized (inbox) {
            inbox.add(message);
            inbox.notifyAll();
        }
    }

    @Override
    public void close() {
        initiator.stop(true);
    }

    private final class Recorder implements Application {

        private final String username;
        private final String password;

        Recorder(String username, String password) {
            this.username = username;
            this.password = password;
        }

        @Override
        public void onCreate(SessionID id) {
        }

        @Override
        public void onLogon(SessionID id) {
            loggedOn.countDown();
        }

        @Override
        public void onLogout(SessionID id) {
        }

        @Override
        public void toAdmin(Message message, SessionID id) {
            if (MsgType.LOGON.equals(typeOf(message))) {
                message.setString(Username.FIELD, username);
                if (password != null) {
                    message.setString(Password.FIELD, password);
                }
            }
        }

        @Override
        public void fromAdmin(Message message, SessionID id) {
            String type = typeOf(message);
            if (MsgType.REJECT.equals(type) || MsgType.LOGOUT.equals(type)) {
                keep(message);
            }
        }

        @Override
        public void toApp(Message message, SessionID id) {
        }

        @Override
        public void fromApp(Message message, SessionID id) {
            keep(message);
        }
    }
}
