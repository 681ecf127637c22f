package till.supervise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import till.catalog.Catalog;
import till.catalog.DemoCatalog;
import till.order.OpenOrder;
import till.outbox.OutboxEntry;
import till.order.PaidOrder;
import till.register.Register;
import till.store.TillStore;

/**
 * {@code till supervise} with real processes: the supervisor in a child JVM runs the real GUI till (JavaFX on
 * Monocle headless) as its child; the test kills that till with SIGKILL and watches a new one take the data back.
 * Linux only: it reads lock owners from {@code /proc/locks} and expects signal exit codes.
 */
@EnabledOnOs(OS.LINUX)
class SupervisedTillTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path logs;

    @Test
    void aKilledTillIsRunningAgainOnItsDataWithinSecondsAndSigtermStopsBothWithNothingLost() throws Exception {
        Saved saved = paidOrdersAndAnOpenOrder();
        try (SupervisorProcess supervisor = SupervisorProcess.start(dataDir, logs, "--delay-ms", "200", "--")) {
            long first = supervisor.await("till holding the data directory", this::tillHoldingTheData);
            ProcessHandle till = ProcessHandle.of(first).orElseThrow();
            assertThat(till.parent().map(ProcessHandle::pid)).contains(supervisor.handle().pid());

            long killedAt = System.nanoTime();
            till.destroyForcibly();
            long second = supervisor.await("new till holding the data directory",
                    () -> tillHoldingTheData().filter(pid -> pid != first));
            System.out.printf("supervise: a new till held the data %d ms after the SIGKILL%n",
                    (System.nanoTime() - killedAt) / 1_000_000);
            assertThat(supervisor.children()).extracting(ProcessHandle::pid).containsExactly(second);

            supervisor.handle().destroy();
            assertThat(supervisor.exitCode()).as("exit on SIGTERM").isEqualTo(143);
            assertThat(ProcessHandle.of(second).filter(ProcessHandle::isAlive)).as("the till after SIGTERM").isEmpty();
            assertThat(supervisor.errors()).contains("was killed by signal 9 (SIGKILL); starting it again in 200 ms")
                    .contains("stopping the till");
        }
        try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
            Map<String, String> outbox = store.outbox().list().stream().collect(Collectors.toMap(OutboxEntry::uid,
                    e -> e.amountTotal().setScale(2, RoundingMode.HALF_UP).toPlainString()));
            assertThat(outbox).isEqualTo(saved.paid());
            assertThat(store.openOrders().all()).extracting(OpenOrder::uid).contains(saved.open().uid());
            OpenOrder open = store.openOrders().all().stream().filter(o -> o.uid().equals(saved.open().uid()))
                    .findFirst().orElseThrow();
            assertThat(open.lines()).isEqualTo(saved.open().lines());
        }
    }

    @Test
    void aTillThatEndsWithCode0EndsTheSupervisorWithoutARestart() throws Exception {
        try (SupervisorProcess supervisor = SupervisorProcess.start(dataDir, logs, "--", "--version")) {
            assertThat(supervisor.exitCode()).isZero();
            assertThat(supervisor.output().lines().filter(l -> l.startsWith("till "))).hasSize(1);
            assertThat(supervisor.errors()).contains("ended normally").doesNotContain("starting it again");
        }
    }

    @Test
    void aTillThatKeepsFailingIsGivenUpWithAMessage() throws Exception {
        // The test holds the data directory, so every till refuses to start with exit code 1.
        try (TillStore held = TillStore.open(dataDir, Clock.systemUTC());
             SupervisorProcess supervisor = SupervisorProcess.start(dataDir, logs, "--max-restarts", "2",
                     "--delay-ms", "50", "--", "outbox", "list")) {
            assertThat(supervisor.exitCode()).isEqualTo(1);
            assertThat(supervisor.errors().split("Another Till is already running", -1)).hasSize(4);
            assertThat(supervisor.errors())
                    .contains("it crashed 3 times within 60 s, more than the 2 restarts allowed; giving up");
        }
    }

    @Test
    void aTillWithAUsageErrorIsNotStartedAgainAndItsCodeIsPassedOn() throws Exception {
        try (SupervisorProcess supervisor = SupervisorProcess.start(dataDir, logs, "--", "frobnicate")) {
            assertThat(supervisor.exitCode()).isEqualTo(2);
            assertThat(supervisor.errors().split("unknown command frobnicate", -1)).hasSize(2);
        }
    }

    private Optional<Long> tillHoldingTheData() {
        return LockHolder.of(dataDir);
    }

    /** Three paid orders waiting in the outbox (no server is configured) and one open order with a line. */
    private Saved paidOrdersAndAnOpenOrder() throws Exception {
        Catalog catalog = DemoCatalog.load();
        try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
            Register register = new Register(() -> catalog, store.openOrders(), store.orderNumbers(),
                    store.outbox(), Clock.systemUTC());
            List<PaidOrder> paid = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                OpenOrder order = register.addProduct(register.newOrder(), catalog.products().get(i).id());
                order = register.addPayment(order, catalog.paymentMethods().get(0).id(), null);
                paid.add(register.pay(order));
            }
            OpenOrder open = register.addProduct(register.newOrder(), catalog.products().get(3).id());
            return new Saved(paid.stream().collect(Collectors.toMap(PaidOrder::uid,
                    p -> p.totals().total().setScale(2, RoundingMode.HALF_UP).toPlainString())), open);
        }
    }

    private record Saved(Map<String, String> paid, OpenOrder open) {
    }
}
