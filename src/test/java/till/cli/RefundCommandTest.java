package till.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.order.PaidOrder;
import till.store.TillStore;
import till.testsupport.RefundOrders;

/**
 * {@code till refund}: commits a refund (exit 0, the --json keys of docs/refunds.md), lists what is left without
 * {@code --line}, refuses an over-refund, an unknown order and a malformed --line with exit 2 and nothing stored, and
 * a configuration it cannot use with exit 3.
 */
class RefundCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;
    private PaidOrder original;
    private CliRun till;

    @BeforeEach
    void paidOrder() {
        // The demo catalog's session is 1 (no till.properties): the original is of that session.
        original = RefundOrders.original(1, 900, 27, 6, 2, Instant.parse("2026-12-01T10:00:00Z"));
        try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
            store.outbox().commitPaid(original);
        }
        till = new CliRun(dataDir);
    }

    private int refund(String... args) {
        till.reset();
        String[] all = new String[args.length + 3];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        all[2] = "refund";
        System.arraycopy(args, 0, all, 3, args.length);
        return till.run(all);
    }

    @Test
    void aRefundIsCommittedWithItsJsonKeysAndCountedInWhatIsLeft() throws Exception {
        assertThat(refund("Order " + original.uid(), "--line", "1:2", "--line", "3:1", "--method", "1", "--json"))
                .as(till.err()).isZero();

        JsonNode done = JSON.readTree(till.out());
        assertThat(done.path("committed").asBoolean()).isTrue();
        assertThat(done.path("original").asText()).isEqualTo(original.uid());
        assertThat(done.path("name").asText()).isEqualTo("Order " + done.path("uid").asText());
        assertThat(done.path("total").asText()).isEqualTo("-9.00");
        assertThat(done.path("method").asLong()).isEqualTo(1);
        assertThat(done.path("lines")).hasSize(2);
        assertThat(done.path("lines").get(0).path("original_line").asInt()).isEqualTo(1);
        assertThat(done.path("lines").get(0).path("qty").asText()).isEqualTo("-2");
        assertThat(done.path("lines").get(1).path("product").asText()).isEqualTo("Product 6");

        assertThat(refund(original.uid(), "--json")).isZero();
        JsonNode left = JSON.readTree(till.out());
        assertThat(left.path("server_checked").asBoolean()).isFalse();
        assertThat(left.path("lines").get(0).path("left").asText()).isEqualTo("1");
        assertThat(left.path("lines").get(1).path("refunded").asText()).isEqualTo("1");
        try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
            assertThat(store.outbox().list()).hasSize(2);
        }
    }

    @Test
    void anOverRefundAnUnknownOrderAndAMalformedLineExitTwoAndStoreNothing() throws Exception {
        assertThat(refund(original.uid(), "--line", "1:4", "--method", "1")).isEqualTo(2);
        assertThat(till.err()).contains("Line 1 (Product 27): only 3 of 3 can still be refunded, not 4.");

        assertThat(refund(original.uid(), "--line", "1:4", "--method", "1", "--json")).isEqualTo(2);
        JsonNode refused = JSON.readTree(till.out());
        assertThat(refused.path("committed").asBoolean()).isFalse();
        assertThat(refused.path("refused").asText()).contains("only 3 of 3");

        assertThat(refund("00001-001-0999", "--line", "1:1", "--method", "1")).isEqualTo(2);
        assertThat(till.err()).contains("No paid order 00001-001-0999 on this till");
        assertThat(refund(original.uid(), "--line", "one", "--method", "1")).isEqualTo(2);
        assertThat(till.err()).contains("--line takes LINE:QTY");
        assertThat(refund(original.uid(), "--line", "1:1")).isEqualTo(2);
        assertThat(till.err()).contains("--method METHOD_ID is needed");
        try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
            assertThat(store.outbox().list()).hasSize(1);
        }
    }

    @Test
    void aBrokenConfigurationExitsThree() throws Exception {
        Files.writeString(dataDir.resolve("till.properties"), "server=not a url\n");
        till = new CliRun(dataDir).withServer(new ConfiguredServer() {
            @Override
            public java.util.Optional<Connection> connect(Path dir, java.util.Optional<Path> pw) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<till.refunds.ServerRefunds> refunds(Path dir, java.util.Optional<Path> pw)
                    throws Unusable {
                throw new Unusable("till.properties: server: not a URL", null);
            }
        });

        assertThat(refund(original.uid(), "--line", "1:1", "--method", "1")).isEqualTo(3);
        assertThat(till.err()).contains("till refund: till.properties: server: not a URL");
    }
}
