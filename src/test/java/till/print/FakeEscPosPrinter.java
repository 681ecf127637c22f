package till.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A network ESC/POS printer on a real loopback TCP socket, for tests: it records the bytes of every connection,
 * answers DLE EOT 1/2/4 status requests as an Epson printer does (online, paper end, cover open; or not at all), and
 * can be switched off (every connection reset at once), unplugged mid-receipt (the connection reset after N bytes,
 * then off), stalled (it stops reading and answering, as a jammed printer does), or slow. Thread-safe.
 */
public final class FakeEscPosPrinter implements AutoCloseable {

    /** What the printer answers to status requests. */
    public enum Paper { OK, PAPER_END, COVER_OPEN, SILENT }

    private final int port;
    private final List<byte[]> sessions = new ArrayList<>();
    private final List<Socket> open = new ArrayList<>();
    private ServerSocket server;
    private boolean off;
    private Thread acceptor;
    private Paper paper = Paper.OK;
    private long unplugAfter = -1;
    private boolean stalled;
    private long stallAfter = -1;
    private long nanosPerChunk;

    private FakeEscPosPrinter(int port) {
        this.port = port;
    }

    /** A printer switched on, on a free loopback port. */
    public static FakeEscPosPrinter start() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        FakeEscPosPrinter printer = new FakeEscPosPrinter(socket.getLocalPort());
        printer.listen(socket);
        return printer;
    }

    /** Its device string. */
    public String device() {
        return "tcp://127.0.0.1:" + port;
    }

    /** The printer is back: connections are served again. */
    public synchronized void switchOn() {
        off = false;
    }

    /**
     * Drops every connection and resets each new one at once, as a printer that is off or unplugged does to the
     * till (it cannot print; the till must not mistake it for a printer that is merely silent). The port stays
     * listening, so no other program on this busy machine can take it meanwhile and answer in the printer's place.
     */
    public synchronized void switchOff() {
        off = true;
        for (Socket socket : open) {
            resetQuietly(socket);
        }
        open.clear();
    }

    private synchronized void listen(ServerSocket socket) {
        server = socket;
        acceptor = new Thread(() -> accept(socket), "fake-printer-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public synchronized void paper(Paper now) {
        paper = now;
    }

    /** The next connection is cut (reset) after it has received {@code bytes} bytes; the printer is off after it. */
    public synchronized void unplugAfter(long bytes) {
        unplugAfter = bytes;
    }

    /** Stops reading and answering (true) or carries on (false). */
    public synchronized void stall(boolean now) {
        stalled = now;
        notifyAll();
    }

    /** Once the next connection has received {@code bytes} bytes, stops reading and answering (a jammed printer). */
    synchronized void stallAfter(long bytes) {
        stallAfter = bytes;
    }

    /** Reads 64 bytes at a time with this pause between reads. */
    synchronized void slow(long millisPerChunk) {
        nanosPerChunk = TimeUnit.MILLISECONDS.toNanos(millisPerChunk);
    }

    /** The bytes each connection brought so far, oldest connection first. */
    public synchronized List<byte[]> sessions() {
        return sessions.stream().map(byte[]::clone).toList();
    }

    /** Every byte received, all connections in order. */
    public synchronized byte[] received() {
        int length = sessions.stream().mapToInt(b -> b.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] session : sessions) {
            System.arraycopy(session, 0, all, at, session.length);
            at += session.length;
        }
        return all;
    }

    @Override
    public void close() throws IOException {
        switchOff();
        server.close();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                int index;
                synchronized (this) {
                    if (off) {
                        resetQuietly(connection);
                        continue;
                    }
                    open.add(connection);
                    sessions.add(new byte[0]);
                    index = sessions.size() - 1;
                }
                Thread reader = new Thread(() -> serve(connection, index), "fake-printer-" + index);
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket connection, int index) {
        byte[] buffer = new byte[64];
        int previous = -1;
        int beforePrevious = -1;
        try (connection; InputStream in = connection.getInputStream();
             OutputStream out = connection.getOutputStream()) {
            while (true) {
                waitWhileStalled();
                int n = in.read(buffer, 0, readable(index, buffer.length));
                if (n < 0) {
                    return;
                }
                // Recorded before any answer, so a client that got its answer finds every byte before it here.
                if (record(index, buffer, n)) {
                    switchOff();
                    return;
                }
                for (int i = 0; i < n; i++) {
                    int b = buffer[i] & 0xFF;
                    // A real-time request is answered as it arrives, wherever it is in the stream.
                    if (beforePrevious == EscPos.DLE && previous == EscPos.EOT && !stalled()) {
                        answer(out, b);
                    }
                    beforePrevious = previous;
                    previous = b;
                }
                pause();
            }
        } catch (IOException e) {
            // The client went away, or the test switched the printer off: the session ends here.
        }
    }

    /** How many bytes the next read may take: no more than the unplug point. */
    private synchronized int readable(int index, int max) {
        long limit = unplugAfter >= 0 ? unplugAfter : stallAfter;
        if (limit < 0) {
            return max;
        }
        return (int) Math.max(1, Math.min(max, limit - sessions.get(index).length));
    }

    /** Records bytes; true when the unplug point is reached. */
    private synchronized boolean record(int index, byte[] buffer, int n) {
        byte[] before = sessions.get(index);
        byte[] now = new byte[before.length + n];
        System.arraycopy(before, 0, now, 0, before.length);
        System.arraycopy(buffer, 0, now, before.length, n);
        sessions.set(index, now);
        if (stallAfter >= 0 && now.length >= stallAfter) {
            stallAfter = -1;
            stalled = true;
        }
        if (unplugAfter >= 0 && now.length >= unplugAfter) {
            unplugAfter = -1;
            return true;
        }
        return false;
    }

    /** Closes with a reset (linger 0): the till's next read or write fails at once. */
    private static void resetQuietly(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException e) {
            // Already closed by its reader: it is gone either way.
        }
    }

    private void answer(OutputStream out, int n) throws IOException {
        Paper now;
        synchronized (this) {
            now = paper;
        }
        int answer = switch (now) {
            case OK -> 0x12;
            case PAPER_END -> n == 1 ? 0x1A : n == 2 ? 0x32 : 0x72;
            case COVER_OPEN -> n == 1 ? 0x1A : n == 2 ? 0x16 : 0x12;
            case SILENT -> -1;
        };
        if (answer >= 0) {
            out.write(answer);
            out.flush();
        }
    }

    private synchronized boolean stalled() {
        return stalled;
    }

    private synchronized void waitWhileStalled() {
        while (stalled) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void pause() {
        long nanos;
        synchronized (this) {
            nanos = nanosPerChunk;
        }
        if (nanos > 0) {
            // The fake printer's own pace, not a test waiting: it stands for a printer that reads slowly.
            LockSupport.parkNanos(nanos);
        }
    }
}
