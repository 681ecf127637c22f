package till.closing;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import till.catalog.PaymentMethod;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;
import till.fx.Async;
import till.odoo.Credentials;
import till.odoo.OdooSessionServer;
import till.order.PaidOrder;
import till.session.SessionClosing;
import till.store.TillStore;
import till.testsupport.Await;
import till.testsupport.PaidOrders;

/**
 * The closing screen on Monocle over a real H2 store and the demo server (18): closing is refused while an order of
 * the session waits, the unsent order is listed with "Send now", and a manager's override with a written reason
 * closes the session on the server, is logged at WARN and shows the Z report.
 */
@ExtendWith(ApplicationExtension.class)
class ClosingViewTest {

    @TempDir
    Path dir;

    private Stage stage;
    private DemoServer server;
    private TillStore store;
    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() throws Exception {
        ((Logger) LoggerFactory.getLogger(SessionClosing.class)).detachAppender(log);
        WaitForAsyncUtils.asyncFx(stage::hide).get();
        io.shutdownNow();
        if (store != null) {
            store.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aRefusedCloseListsTheUnsentOrderAndAManagersOverrideClosesWithALoggedReason(FxRobot robot) throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V18));
        int session = server.openSession();
        store = TillStore.open(dir, Clock.systemUTC());
        PaidOrder waiting = PaidOrders.paid(session, 1, 46, "1.98", 2, Instant.now());
        store.outbox().commitPaid(waiting);
        log.start();
        ((Logger) LoggerFactory.getLogger(SessionClosing.class)).addAppender(log);
        AtomicInteger wakes = new AtomicInteger();
        AtomicInteger gates = new AtomicInteger();
        SessionClosing closing = new SessionClosing(store.sessionOrders(), OdooSessionServer.connecting(server.url(),
                new Credentials(server.database(), DemoServer.LOGIN, DemoServer.PASSWORD), 1), Clock.systemUTC());
        ClosingViewModel model = fx(() -> new ClosingViewModel(closing, session, List.of(new PaymentMethod(1, "Cash",
                true), new PaymentMethod(2, "Card", false)), List.of(), BigDecimal.ZERO, wakes::incrementAndGet,
                new Async(io, Platform::runLater), Locale.ENGLISH, ZoneOffset.UTC));
        fx(() -> {
            stage.setScene(new Scene(new ClosingView(model, allowed -> {
                gates.incrementAndGet();
                allowed.run();
            }, ClosingView::plainMoney), 620, 760));
            stage.show();
            model.load();
            return null;
        });
        Await.until(() -> read(() -> model.step().get()) == ClosingViewModel.Step.COUNTING, "the session is read", 10);
        assertThat(fx(() -> robot.lookup("#closing-confirm").<Button>query().isDisabled())).isTrue();

        robot.clickOn("#closing-counted").write("0");
        robot.clickOn("#closing-note").write("float taken to the bank");
        robot.clickOn("#closing-confirm");

        Await.until(() -> read(() -> model.step().get()) == ClosingViewModel.Step.REFUSED, "the close is refused", 10);
        assertThat(fx(() -> robot.lookup("#closing-unsent").<ListView<?>>query().getItems().size())).isEqualTo(1);
        assertThat(robot.lookup(waiting.uid() + "  waiting  1.98").tryQuery()).isPresent();
        assertThat(server.sessionRecord(session).path("state").asText()).isEqualTo("opened");
        robot.clickOn("#closing-send-now");
        assertThat(wakes).hasValue(1);
        assertThat(fx(() -> robot.lookup("#closing-override").<Button>query().isDisabled())).isTrue();

        robot.clickOn("#closing-override-reason").write("card terminal order booked by hand");
        robot.clickOn("#closing-override");

        Await.until(() -> read(() -> model.step().get()) == ClosingViewModel.Step.CLOSED, "the session is closed", 10);
        assertThat(gates).hasValue(1);
        assertThat(server.sessionRecord(session).path("state").asText()).isEqualTo("closed");
        assertThat(fx(() -> robot.lookup("#closing-report").<TextArea>query().getText()))
                .contains("Z report: session ").contains("orders: 1, total 1.98")
                .contains("closed by a manager with 1 unsent orders: card terminal order booked by hand");
        assertThat(log.list).anySatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getFormattedMessage()).contains(waiting.uid()).contains("card terminal order booked by hand");
        });
    }

    private static <T> T read(Callable<T> read) {
        try {
            return fx(read);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
