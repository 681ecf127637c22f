package till.testsupport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A scripted HTTP/1.1 server on a real loopback socket that answers on purpose in bad ways, in front of a real server
 * (the demo server): a request whose path starts with a rule's prefix gets that rule's {@link Answer}, which writes
 * whatever bytes it likes on the raw socket (an HTML page, a lie about gzip, a trickle, a hang, a reset, half a body,
 * half a gigabyte); any other request is forwarded to the server behind unchanged, so logins and the rest work. Every
 * connection serves one request and is closed after it, so a client never reuses one that a script broke.
 * Thread-safe.
 */
public final class HostileServer implements AutoCloseable {

    /** What the server does with one request; writes on the raw socket, may block until {@link Exchange#hang()}. */
    @FunctionalInterface
    public interface Answer {
        void write(Exchange exchange) throws IOException;
    }

    /**
     * One request as it came in. Immutable.
     *
     * @param headers with lower-case names
     */
    public record Request(String method, String path, Map<String, String> headers, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** One request and the socket to answer it on. Confined to the connection's thread. */
    public final class Exchange {

        private final Request request;
        private final Socket socket;
        private final OutputStream out;

        private Exchange(Request request, Socket socket, OutputStream out) {
            this.request = request;
            this.socket = socket;
            this.out = out;
        }

        public Request request() {
            return request;
        }

        public Socket socket() {
            return socket;
        }

        /** The socket's output; every byte written through it is counted in {@link #bytesWritten()}. */
        public OutputStream out() {
            return out;
        }

        /** Blocks until the server closes: a hang, or a stall halfway through an answer. */
        public void hang() {
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private record Rule(String prefix, Answer answer, AtomicInteger left) {
    }

    private final ServerSocket socket;
    private final String scheme;
    private final URI behind;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-server");
        t.setDaemon(true);
        return t;
    });
    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong written = new AtomicLong();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicReference<RuntimeException> scriptFailure = new AtomicReference<>();

    private HostileServer(ServerSocket socket, String scheme, URI behind) {
        this.socket = socket;
        this.scheme = scheme;
        this.behind = behind;
    }

    /** Starts on a free loopback port in front of {@code behind} (an {@code http://host:port} address). */
    public static HostileServer inFrontOf(URI behind) throws IOException {
        return start(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), "http", behind);
    }

    /** Starts on a free loopback port speaking TLS with a certificate no trust store trusts ({@link SelfSigned}). */
    public static HostileServer selfSignedInFrontOf(URI behind, Path folder) throws Exception {
        return start(SelfSigned.serverSockets(folder).createServerSocket(0, 50, InetAddress.getLoopbackAddress()),
                "https", behind);
    }

    private static HostileServer start(ServerSocket socket, String scheme, URI behind) {
        HostileServer server = new HostileServer(socket, scheme, behind);
        server.threads.execute(server::acceptLoop);
        return server;
    }

    public URI url() {
        return URI.create(scheme + "://127.0.0.1:" + socket.getLocalPort());
    }

    /** Every later request whose path starts with {@code prefix} gets {@code answer} (the newest rule first). */
    public HostileServer always(String prefix, Answer answer) {
        return times(prefix, Integer.MAX_VALUE, answer);
    }

    /** The next {@code count} requests whose path starts with {@code prefix} get {@code answer}. */
    public synchronized HostileServer times(String prefix, int count, Answer answer) {
        rules.add(0, new Rule(prefix, answer, new AtomicInteger(count)));
        return this;
    }

    /** From now on every request goes to the server behind. */
    public synchronized void behave() {
        rules.clear();
    }

    /** How many requests came for a path starting with {@code prefix}. */
    public int requests(String prefix) {
        return requests.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToInt(e -> e.getValue().get()).sum();
    }

    /** Bytes the scripted answers wrote so far (forwarded answers not included). */
    public long bytesWritten() {
        return written.get();
    }

    /** Stops the server; a script that failed with an unexpected exception fails the test here. */
    @Override
    public void close() throws IOException {
        closed.countDown();
        socket.close();
        for (Socket s : open) {
            s.close();
        }
        threads.shutdownNow();
        RuntimeException failed = scriptFailure.get();
        if (failed != null) {
            throw new IllegalStateException("a script of the hostile server failed", failed);
        }
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException e) {
                return;
            }
            open.add(client);
            try {
                threads.execute(() -> serve(client));
            } catch (RejectedExecutionException closing) {
                // Accepted just as the server closed: nothing may escape onto another test's thread.
                closeQuietly(client);
                return;
            }
        }
    }

    private static void closeQuietly(Socket client) {
        try {
            client.close();
        } catch (IOException e) {
            // Closing anyway.
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(client.getInputStream());
            Request request = RawHttp.read(in);
            if (request == null) {
                return;
            }
            requests.computeIfAbsent(request.path(), p -> new AtomicInteger()).incrementAndGet();
            Answer answer = ruleFor(request.path());
            if (answer == null) {
                RawHttp.forward(request, behind, client.getOutputStream());
            } else {
                answer.write(new Exchange(request, client, new CountingOutput(client.getOutputStream(), written)));
            }
            client.getOutputStream().flush();
        } catch (IOException e) {
            // The client went away, or a script reset the connection on purpose.
        } catch (RuntimeException e) {
            // Kept for close(): on this thread it would reach JUnit only through another test (TestFX catches
            // every thread's uncaught exceptions and fails whichever FX test runs next).
            scriptFailure.compareAndSet(null, e);
        } finally {
            open.remove(client);
        }
    }

    private synchronized Answer ruleFor(String path) {
        for (Rule rule : rules) {
            if (path.startsWith(rule.prefix()) && rule.left().getAndDecrement() > 0) {
                return rule.answer();
            }
        }
        return null;
    }
}
