package till.demoserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The embedded Jetty server of one demo: one loopback port for HTTP and the websocket upgrade, a thread pool in which
 * a held poll or a hung request parks only its own thread, and a connector that can stop listening and listen again
 * on the same port (the {@code down} fault). Thread-safe: the lifecycle methods are synchronized.
 */
final class HttpListener {

    private static final int REBIND_ATTEMPTS = 40;
    private static final long REBIND_PAUSE_MS = 50;

    /** Enough for every held poll, hung request and socket of a test or a shop of tills; Odoo's own pool is smaller. */
    private static final int MAX_THREADS = 1024;

    private final Server server;
    private ServerConnector connector;
    private int port;

    HttpListener(int port) {
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 4);
        pool.setName("demo-server-http");
        pool.setDaemon(true);
        this.server = new Server(pool);
        this.port = port;
        server.setStopTimeout(0);
    }

    /** The server the websocket container belongs to. */
    Server server() {
        return server;
    }

    synchronized void start(Handler handler) throws IOException {
        server.setHandler(handler);
        connector = newConnector();
        server.addConnector(connector);
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly();
            throw e;
        } catch (Exception e) {
            stopQuietly();
            throw new IOException("the demo server did not start: " + e, e);
        }
        port = connector.getLocalPort();
    }

    synchronized int port() {
        return port;
    }

    /** Closes the listening socket and every open connection; the server itself keeps running. */
    synchronized void stopListening() {
        if (connector == null) {
            return;
        }
        try {
            connector.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop listening on port " + port, e);
        }
        server.removeConnector(connector);
        connector = null;
    }

    /**
     * Listens again on the port it had. A few tries: while nothing listened, a client connecting to the port may have
     * been given that very port as its own (a loopback self-connect, possible because the port came from the
     * ephemeral range) and holds it until it gives up on the odd answer.
     */
    synchronized void listenAgain() {
        if (connector != null) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            ServerConnector again = newConnector();
            again.setPort(port);
            server.addConnector(again);
            try {
                again.start();
                connector = again;
                return;
            } catch (Exception e) {
                server.removeConnector(again);
                if (attempt == REBIND_ATTEMPTS) {
                    throw new UncheckedIOException("cannot listen again on port " + port, new IOException(e));
                }
            }
            pauseBeforeRebind();
        }
    }

    private static void pauseBeforeRebind() {
        try {
            Thread.sleep(REBIND_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listening again", e);
        }
    }

    synchronized void stop() {
        stopQuietly();
    }

    private ServerConnector newConnector() {
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        ServerConnector created = new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
        created.setHost("127.0.0.1");
        created.setPort(port);
        // Held polls, hangs and idle websockets end on the demo's own terms, never on an idle timer of Jetty's.
        created.setIdleTimeout(0);
        created.setReuseAddress(true);
        return created;
    }

    private void stopQuietly() {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping is best effort: the threads are daemons and the port is released with the process.
        }
    }
}
