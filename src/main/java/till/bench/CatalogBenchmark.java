package till.bench;

import static till.bench.BenchOutput.print;
import static till.bench.BenchOutput.round;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import till.catalog.Catalog;
import till.catalog.Product;
import till.catalog.ProductSearch;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;
import till.odoo.Credentials;
import till.odoo.JsonRpcClient;
import till.odoo.JsonRpcOdooClient;
import till.odoo.Login;
import till.odoo.OdooException;
import till.odoo.PosCatalogLoader;
import till.odoo.PosSession;
import till.odoo.VersionProfile;
import till.store.TillStore;

/**
 * {@code till bench catalog}: a shop of N products on the demo server (Odoo 15): {@code till setup}'s load into the
 * cache and the till's own paged load at connect ({@link PagedCatalogBench}: first page, whole load, a refresh after
 * 100 changes) next to the raw HTTP transfer of the same products (same run), search work per keystroke, barcode
 * lookups, and this JVM's resident memory after the load. Runs on the calling thread.
 */
public final class CatalogBenchmark {

    /** Typed as a cashier types: every prefix of each word is one keystroke's search. */
    private static final List<String> TYPED = List.of("hillcrest", "organic", "oat flakes", "gro-0012", "2000000",
            "led bulb", "xl", "premium coffee");

    private CatalogBenchmark() {
    }

    /** Measures and prints the figures, as {@code key value} lines or one JSON object. */
    public static void run(int products, boolean json, PrintStream out) throws Exception {
        run(products, Profile.V15, json, out);
    }

    /** As {@link #run(int, boolean, PrintStream)} against a demo server of this profile (14, 15, 17 or 18). */
    public static void run(int products, Profile profile, boolean json, PrintStream out) throws Exception {
        Path dir = Files.createTempDirectory("till-bench-catalog-");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("products", products);
        result.put("profile", profile.major());
        try (DemoServer server = DemoServer.start(DemoServerOptions.defaults().withProfile(profile)
                .withProducts(products))) {
            server.openSession();
            String category = profile == Profile.V14 || profile == Profile.V15 ? "pos_categ_id" : "pos_categ_ids";
            rawTransfer(server, category);
            result.put("raw_transfer_ms", round(rawTransfer(server, category)));
            Catalog catalog = load(server, dir, result);
            result.put("load_ratio", round((double) result.get("load_ms") / (double) result.get("raw_transfer_ms")));
            PagedCatalogBench.run(server, dir, result);
            result.put("incremental_refresh", "after 100 products changed on the server: incremental_refresh_ms");
            search(catalog, result);
            barcodes(catalog, result);
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            result.put("heap_used_after_load_mb", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
            result.put("rss_after_load_mb", BenchSupport.residentMegabytes(ProcessHandle.current().pid()));
            result.put("rss_note", "this JVM, which also runs the demo server; the till alone: bench start");
        } finally {
            BenchSupport.deleteRecursively(dir);
        }
        print(result, json, out);
    }

    /** {@code till setup}'s work: log in, load the catalog (parsed), write it into a new store. */
    private static Catalog load(DemoServer server, Path dir, Map<String, Object> result) throws Exception {
        long start = System.nanoTime();
        Catalog catalog = fetch(server);
        long fetched = System.nanoTime();
        try (TillStore store = TillStore.open(dir.resolve("data"), Clock.systemUTC())) {
            store.catalogCache().replace(catalog);
        }
        long written = System.nanoTime();
        result.put("load_ms", round((written - start) / 1e6));
        result.put("fetch_ms", round((fetched - start) / 1e6));
        result.put("cache_write_ms", round((written - fetched) / 1e6));
        return catalog;
    }

    /** The calls {@code till setup} makes, through the same client and loader. */
    static Catalog fetch(DemoServer server) throws OdooException {
        JsonRpcOdooClient client = new JsonRpcOdooClient(JsonRpcClient.create(server.url()));
        VersionProfile profile = VersionProfile.of(client.version());
        Login login = client.authenticate(new Credentials(server.database(), DemoServer.LOGIN, DemoServer.PASSWORD));
        PosSession session = client.openSession(1).orElseThrow();
        int loginNumber = client.loginToSession(session.id());
        return new PosCatalogLoader(client, profile, login).load(1, session, loginNumber).catalog();
    }

    /** The product and customer pages the load asks for, as bytes over HTTP: no parsing, no store. */
    private static double rawTransfer(DemoServer server, String category) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String cookie = http.send(post(server.url().resolve("/web/session/authenticate"), "{\"jsonrpc\":\"2.0\","
                + "\"method\":\"call\",\"params\":{\"db\":\"" + server.database() + "\",\"login\":\""
                + DemoServer.LOGIN + "\",\"password\":\"" + DemoServer.PASSWORD + "\"}}", ""),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("set-cookie").orElse("").split(";")[0];
        long start = System.nanoTime();
        long bytes = 0;
        for (String[] call : new String[][] {{"product.product", "[\"display_name\",\"name\",\"lst_price\","
                + "\"barcode\",\"default_code\",\"" + category + "\",\"taxes_id\"]"}, {"res.partner", "[\"name\","
                + "\"street\",\"zip\",\"city\",\"phone\",\"email\",\"barcode\"]"}}) {
            String body = "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"model\":\"" + call[0] + "\","
                    + "\"method\":\"search_read\",\"args\":[],\"kwargs\":{\"domain\":[],\"fields\":" + call[1] + "}}}";
            bytes += http.send(post(server.url().resolve("/web/dataset/call_kw/" + call[0] + "/search_read"), body,
                    cookie), HttpResponse.BodyHandlers.ofByteArray()).body().length;
        }
        if (bytes < 1_000) {
            throw new IllegalStateException("the raw transfer read only " + bytes + " bytes: not logged in?");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static HttpRequest post(URI uri, String json, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return cookie.isEmpty() ? request.build() : request.header("Cookie", cookie).build();
    }

    /** The search work of each keystroke (building the index once, as a catalog swap does, is timed apart). */
    private static void search(Catalog catalog, Map<String, Object> result) {
        long start = System.nanoTime();
        ProductSearch search = new ProductSearch(catalog.products());
        result.put("search_index_build_ms", round((System.nanoTime() - start) / 1e6));
        List<String> keystrokes = TYPED.stream().flatMap(word -> IntStream.rangeClosed(1, word.length())
                .mapToObj(end -> word.substring(0, end))).toList();
        for (int warm = 0; warm < 20; warm++) {
            keystrokes.forEach(q -> search.find(null, q));
        }
        long[] nanos = new long[keystrokes.size() * 10];
        for (int i = 0; i < nanos.length; i++) {
            String query = keystrokes.get(i % keystrokes.size());
            long t = System.nanoTime();
            search.find(null, query);
            nanos[i] = System.nanoTime() - t;
        }
        result.put("search_p50_ms", round(BenchSupport.millis(nanos, 50)));
        result.put("search_p99_ms", round(BenchSupport.millis(nanos, 99)));
        result.put("search_keystrokes", nanos.length);
    }

    private static void barcodes(Catalog catalog, Map<String, Object> result) {
        List<Product> products = catalog.products();
        Random random = new Random(1);
        long[] nanos = new long[100_000];
        for (int i = 0; i < nanos.length; i++) {
            String barcode = products.get(random.nextInt(products.size())).barcode();
            long t = System.nanoTime();
            catalog.productByBarcode(barcode);
            nanos[i] = System.nanoTime() - t;
        }
        result.put("barcode_p50_ms", round(BenchSupport.millis(nanos, 50)));
        result.put("barcode_p99_ms", round(BenchSupport.millis(nanos, 99)));
    }
}
