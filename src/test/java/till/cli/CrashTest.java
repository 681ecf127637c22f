package till.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.outbox.OutboxEntry;
import till.order.PaidOrder;
import till.store.TillStore;

/**
 * The promise of the outbox under the worst a till process can suffer: {@code till simulate} in a child JVM is
 * killed with SIGKILL at random moments, again and again on the same data directory; every order it reported as
 * paid must be in the store exactly once with its total, and no order number may come twice.
 */
class CrashTest {

    private static final int KILLS = 20;

    @TempDir
    Path dataDir;

    @Test
    void everyOrderReportedPaidSurvivesRepeatedKillsExactlyOnceAndNumbersNeverRepeat() throws Exception {
        Random random = new Random();
        Map<String, String> reported = new LinkedHashMap<>();
        List<Integer> sequences = new ArrayList<>();
        StringBuilder childErrors = new StringBuilder();
        for (int run = 0; run < KILLS; run++) {
            try (ChildTill child = ChildTill.start(dataDir, "simulate", "--orders", "100000")) {
                int wanted = 1 + random.nextInt(4);
                for (int i = 0; i < wanted; i++) {
                    String line = child.nextLine(60, TimeUnit.SECONDS);
                    assertThat(line).as("run %d: a paid line; stderr: %s", run, child.errors()).isNotNull();
                    record(line, reported, sequences);
                }
                // A random pause of up to 30 ms so that the kill lands anywhere in the next order's work.
                assertThat(child.waitFor(random.nextInt(30), TimeUnit.MILLISECONDS)).as("child exited early")
                        .isFalse();
                child.kill();
                child.remainingLines().forEach(line -> record(line, reported, sequences));
                childErrors.append(child.errors());
            }
        }

        assertThat(sequences).as("order numbers printed across all runs").doesNotHaveDuplicates();
        assertThat(sequences).isSorted();
        try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
            List<OutboxEntry> entries = store.outbox().list();
            Map<String, Long> counts = entries.stream()
                    .collect(Collectors.groupingBy(OutboxEntry::uid, Collectors.counting()));
            Map<String, OutboxEntry> byUid = entries.stream()
                    .collect(Collectors.toMap(OutboxEntry::uid, Function.identity()));
            for (Map.Entry<String, String> paid : reported.entrySet()) {
                assertThat(counts.get(paid.getKey())).as("copies of %s", paid.getKey()).isEqualTo(1L);
                assertThat(byUid.get(paid.getKey()).amountTotal()).isEqualByComparingTo(paid.getValue());
                PaidOrder order = store.outbox().find(paid.getKey()).orElseThrow();
                assertThat(order.totals().total()).isEqualByComparingTo(new BigDecimal(paid.getValue()));
            }
            assertThat(store.openOrders().all()).extracting(o -> o.uid()).doesNotContainAnyElementsOf(
                    reported.keySet());
        }
        assertThat(reported).hasSizeGreaterThanOrEqualTo(KILLS);
        // Not asserted (it depends on timing), but worth seeing: how often H2 alone would have lost a payment.
        System.out.printf("crash test: %d kills, %d orders reported paid, journal put-backs in children: %d%n",
                KILLS, reported.size(), childErrors.toString().split("Put back", -1).length - 1);
    }

    private static void record(String line, Map<String, String> reported, List<Integer> sequences) {
        String[] words = line.split(" ");
        assertThat(words).as("line %s", line).hasSize(3);
        assertThat(words[0]).isEqualTo("paid");
        assertThat(reported.put(words[1], words[2])).as("%s reported twice", words[1]).isNull();
        sequences.add(Integer.parseInt(words[1].substring(words[1].lastIndexOf('-') + 1)));
    }
}
