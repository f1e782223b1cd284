package com.slacredits.jobs.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The wire between a run and the test's mail server (GreenMail), which passes every byte on and fails on
 * cue: it goes away (refusing connections, cutting the one going), comes back on the same port, or holds
 * one message at a chosen point of its SMTP transaction, so that a process can be killed exactly there.
 * Each message of the deliver step comes on a connection of its own, so "the n-th connection" is "the
 * n-th statement sent".
 */
final class MailLine implements AutoCloseable {

    /** Where a held message stops. */
    enum Hold {
        /** The server's "354 go ahead" to DATA is kept from the run: the message is mid-transaction, not ended. */
        BEFORE_THE_MESSAGE,
        /** The server's answer to the message's last line is kept: the server has it, the run does not know. */
        BEFORE_THE_ANSWER
    }

    private final int serverPort;
    private final int port;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final CountDownLatch holding = new CountDownLatch(1);
    private volatile ServerSocket listener;
    private volatile int holdConnection = -1;
    private volatile Hold hold;
    private volatile int awayFrom = Integer.MAX_VALUE;

    MailLine(int serverPort) throws IOException {
        this.serverPort = serverPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = listener.getLocalPort();
        accept(listener);
    }

    int port() {
        return port;
    }

    /** Holds the {@code connection}-th message (from 1) at {@code where}. */
    MailLine holding(int connection, Hold where) {
        this.holdConnection = connection;
        this.hold = where;
        return this;
    }

    /** The server goes away when the run opens its {@code connection}-th connection: it is cut, and no other is taken. */
    MailLine awayFrom(int connection) {
        this.awayFrom = connection;
        return this;
    }

    /** Waits until the held message is held. */
    boolean awaitHolding(long seconds) throws InterruptedException {
        return holding.await(seconds, TimeUnit.SECONDS);
    }

    int connections() {
        return connections.get();
    }

    /** The server is there again, on the same port, and passes everything. */
    void comeBack() throws IOException {
        awayFrom = Integer.MAX_VALUE;
        holdConnection = -1;
        if (listener.isClosed()) {
            listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            accept(listener);
        }
    }

    private void accept(ServerSocket server) {
        Thread accepting = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    int number = connections.incrementAndGet();
                    if (number >= awayFrom) {
                        goAway(client);
                        continue;
                    }
                    connect(client, number);
                } catch (IOException closed) {
                    return;
                }
            }
        }, "mail-line-accept");
        accepting.setDaemon(true);
        accepting.start();
    }

    /** Cuts the connection after the server's greeting and the run's first commands, and closes the port. */
    private void goAway(Socket client) throws IOException {
        open.add(client);
        OutputStream out = client.getOutputStream();
        out.write("220 mail-line ESMTP\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        client.close();
        listener.close();
    }

    private void connect(Socket client, int number) throws IOException {
        Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
        open.add(client);
        open.add(server);
        Transaction transaction = new Transaction();
        pump(client, server, bytes -> transaction.fromRun(bytes), "run-to-server");
        pump(server, client, bytes -> {
            if (number == holdConnection && transaction.atHold(hold, bytes)) {
                holding.countDown();
                return false;
            }
            return true;
        }, "server-to-run");
    }

    private interface Gate {
        /** Whether these bytes may pass; once one chunk is stopped, the direction stays stopped. */
        boolean pass(byte[] bytes);
    }

    /** Passes what {@code from} says on to {@code to}; when {@code from} goes, {@code to} is closed too. */
    private void pump(Socket from, Socket to, Gate gate, String name) {
        Thread pumping = new Thread(() -> {
            byte[] buffer = new byte[8192];
            boolean stopped = false;
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    byte[] bytes = java.util.Arrays.copyOf(buffer, n);
                    stopped = stopped || !gate.pass(bytes);
                    if (!stopped) {
                        out.write(bytes);
                        out.flush();
                    }
                }
            } catch (IOException closed) {
                // either side went away
            } finally {
                try {
                    to.close();
                } catch (IOException alreadyClosed) {
                    // nothing more to pass on
                }
            }
        }, "mail-line-" + name);
        pumping.setDaemon(true);
        pumping.start();
    }

    /** What the run has said on one connection: enough to know where its transaction stands. */
    private static final class Transaction {
        private final StringBuilder tail = new StringBuilder();
        private volatile boolean dataAsked;
        private volatile boolean ended;

        synchronized boolean fromRun(byte[] bytes) {
            tail.append(new String(bytes, StandardCharsets.ISO_8859_1));
            if (tail.length() > 16) {
                tail.delete(0, tail.length() - 16);
            }
            String upper = tail.toString().toUpperCase(java.util.Locale.ROOT);
            if (upper.endsWith("DATA\r\n") && !dataAsked) {
                dataAsked = true;
            } else if (dataAsked && tail.toString().endsWith("\r\n.\r\n")) {
                ended = true;
            }
            return true;
        }

        boolean atHold(Hold hold, byte[] reply) {
            String text = new String(reply, StandardCharsets.ISO_8859_1);
            return switch (hold) {
                case BEFORE_THE_MESSAGE -> dataAsked && text.startsWith("354");
                case BEFORE_THE_ANSWER -> ended && text.startsWith("250");
            };
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : open) {
            socket.close();
        }
    }
}
