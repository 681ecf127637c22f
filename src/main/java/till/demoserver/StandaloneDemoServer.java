package till.demoserver;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * The demo Odoo server as a process of its own ({@code till demo-server}): it runs until SIGTERM or SIGINT, and its
 * first output line is {@code demo-server url=<url> db=<database> login=<login> password=<password>}, for scripts to
 * read. Blocks the calling thread until the process ends.
 */
public final class StandaloneDemoServer {

    private StandaloneDemoServer() {
    }

    /** Starts the server, prints its first line and serves until the JVM is stopped; a stop on request exits 0. */
    public static void serve(DemoServerOptions options, PrintStream out) throws IOException, InterruptedException {
        serve(options, demo -> { }, out);
    }

    /**
     * Serves as {@link #serve(DemoServerOptions, PrintStream)} does, with the shop changed by {@code before} (as a
     * back-office user would, e.g. {@link DemoServer#setTaxDisplay}) before the first line says it is ready.
     */
    public static void serve(DemoServerOptions options, Consumer<DemoServer> before, PrintStream out)
            throws IOException, InterruptedException {
        DemoServer demo = DemoServer.start(options);
        before.accept(demo);
        out.println("demo-server url=" + demo.url() + " db=" + demo.database() + " login="
                + DemoServer.LOGIN + " password=" + DemoServer.PASSWORD);
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            demo.close();
            out.println("demo-server stopped");
            out.flush();
            // A JVM ended by a signal exits 128+signal; a stop on request is a success, so say 0 ourselves.
            Runtime.getRuntime().halt(0);
        }, "demo-server-shutdown"));
        new CountDownLatch(1).await();
    }
}
