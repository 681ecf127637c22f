package till.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A measurement, not a test (docs/decisions/0023): what checking the database at open costs on a store with many paid
 * orders, and how many random bit flips a full read-only read of every table would notice. Run after
 * {@code ./mvnw -q -o test-compile} with
 * {@code java -cp target/classes:target/test-classes:<dependencies> till.store.StoreOpenTiming DIR [ORDERS] [ROUNDS]}
 * ({@code <dependencies>} from {@code ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt}). DIR is
 * filled with ORDERS paid orders (default 10 000) on the first run and reused afterwards. Single-threaded.
 */
public final class StoreOpenTiming {

    private StoreOpenTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int orders = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        if (!Files.exists(dir.resolve(Database.FILE_NAME))) {
            try (TillStore store = StoreTestSupport.open(Files.createDirectories(dir))) {
                for (int n = 1; n <= orders; n++) {
                    store.outbox().commitPaid(StoreFixtures.paidOrder(n, "1.00"));
                }
            }
        }
        Path file = dir.resolve(Database.FILE_NAME);
        List<Double> sealed = new ArrayList<>();
        List<Double> unsealed = new ArrayList<>();
        List<Double> closes = new ArrayList<>();
        List<Double> checksums = new ArrayList<>();
        List<Double> scans = new ArrayList<>();
        for (int round = -3; round < rounds; round++) {
            double checksum = millis(() -> DatabaseChecksum.measure(file, 0));
            double scan = millis(() -> readEveryTable(dir));
            double open = openAndClose(dir, closes, round >= 0);
            Files.deleteIfExists(DatabaseChecksum.fileFor(file));
            double openWithout = openAndClose(dir, new ArrayList<>(), false);
            if (round >= 0) {
                sealed.add(open);
                unsealed.add(openWithout);
                checksums.add(checksum);
                scans.add(scan);
            }
        }
        System.out.printf("size_bytes %d%nopen_with_checksum_p50_ms %.1f%nopen_read_only_first_p50_ms %.1f%n"
                        + "close_with_checksum_p50_ms %.1f%ncrc32c_p50_ms %.1f%nread_every_table_p50_ms %.1f%n",
                Files.size(file), p50(sealed), p50(unsealed), p50(closes), p50(checksums), p50(scans));
        System.out.printf("flips_noticed_by_reading_every_table %s%n", flipsNoticed(dir, 200));
    }

    private static double openAndClose(Path dir, List<Double> closes, boolean keep) throws Exception {
        long start = System.nanoTime();
        Database database = Database.open(dir, Migrations.current());
        double open = (System.nanoTime() - start) / 1e6;
        double close = millis(() -> {
            database.close();
            return null;
        });
        if (keep) {
            closes.add(close);
        }
        return open;
    }

    /** Of {@code trials} copies each with one random bit flipped (seed 1), how many a full read refuses. */
    private static String flipsNoticed(Path dir, int trials) throws Exception {
        byte[] original = Files.readAllBytes(dir.resolve(Database.FILE_NAME));
        Path copy = Files.createTempDirectory("flips");
        Random random = new Random(1);
        int noticed = 0;
        for (int i = 0; i < trials; i++) {
            byte[] bytes = original.clone();
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
            Files.write(copy.resolve(Database.FILE_NAME), bytes);
            try {
                readEveryTable(copy);
            } catch (SQLException e) {
                noticed++;
            }
        }
        try (Stream<Path> files = Files.list(copy)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(copy);
        return noticed + "/" + trials;
    }

    private static Object readEveryTable(Path dir) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(Database.BASE_NAME)
                + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0", Database.USER, "")) {
            for (String table : List.of("paid_orders", "outbox", "open_orders", "counters", "schema_version",
                    "bus_cursor", "catalog_products", "catalog_categories", "catalog_settings")) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    while (rs.next()) {
                        for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                            rs.getObject(column);
                        }
                    }
                }
            }
        }
        return null;
    }

    private interface Timed {
        Object run() throws Exception;
    }

    private static double millis(Timed work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double p50(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
