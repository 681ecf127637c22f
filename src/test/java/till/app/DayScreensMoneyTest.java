package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import till.cashmove.CashMoveViewModel;
import till.closing.ClosingViewModel;
import till.closing.OpeningViewModel;
import till.demoserver.DemoCompany;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;
import till.i18n.Texts;
import till.refund.RefundViewModel;
import till.session.CashMove;
import till.setup.ConfigFile;
import till.setup.PasswordFile;
import till.setup.Setup;
import till.setup.TillConfig;
import till.testsupport.Await;
import till.worker.Backoff;

/**
 * A Belgian shop's till in French (the demo server's company: euros, {@code fr_BE}) writes the amounts of its day's
 * screens as the selling screen does, {@code 785,04 €}: the refund's pay-out, the recorded cash move, the closing's Z
 * report and the opening's count, each model made by the till as its window makes it. Real till, store and demo
 * server on Monocle.
 */
@ExtendWith(ApplicationExtension.class)
class DayScreensMoneyTest {

    /** A no-break space, between a number and a symbol written after it (decision 0231). */
    private static final String NBSP = "\u00a0";
    private static final LinkTimings QUICK = new LinkTimings(Duration.ofMillis(300), Duration.ofSeconds(3),
            () -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), () -> 0.5),
            () -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), () -> 0.5));

    @TempDir
    Path dataDir;
    private Stage stage;
    private DemoServer server;
    private TillScreen till;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).forEach(Window::hide)).get();
        if (till != null) {
            till.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theRefundTheCashMoveTheClosingAndTheOpeningWriteEurosInFrench(FxRobot robot) throws Exception {
        openBelgianTill();
        assertThat(till.locale().getLanguage()).isEqualTo("fr");
        robot.clickOn("#product-6");
        robot.clickOn("#pay");
        FxWait.untilShown(robot, "#validate");
        robot.clickOn("#method-1");
        robot.clickOn("#validate");
        FxWait.untilShown(robot, "#next-order");

        String uid = fx(() -> paidUid(stage.getScene().getRoot()));
        RefundViewModel refund = fx(() -> till.refundModel(Platform::runLater));
        fx(() -> {
            refund.open(uid);
            return null;
        });
        Await.until(() -> read(() -> refund.step().get()) != RefundViewModel.Step.LOADING, "the order is read", 10);
        assertThat(fx(() -> refund.step().get())).as(fx(() -> refund.message().get())).isEqualTo(
                RefundViewModel.Step.CHOOSING);
        fx(() -> {
            refund.more(refund.rows().get(0));
            return null;
        });
        Await.until(() -> read(() -> refund.payable().get()), "the amount to pay out", 10);
        assertThat(fx(() -> refund.payOut().get())).as("the pay-out").endsWith("46,00" + NBSP + "\u20ac");

        CashMoveViewModel cash = fx(() -> till.cashMoveModel(Platform::runLater).orElseThrow());
        fx(() -> {
            cash.direction().set(CashMove.Direction.IN);
            cash.amountText().set("1234.5");
            cash.reason().set("fond de caisse");
            cash.confirm();
            return null;
        });
        Await.until(() -> read(() -> cash.step().get()) == CashMoveViewModel.Step.DONE, "the move is recorded", 10);
        // French groups thousands with a narrow no-break space (Java's locale data).
        assertThat(fx(() -> cash.message().get())).as("the recorded move").contains("1\u202f234,50" + NBSP + "\u20ac");

        ClosingViewModel closing = fx(() -> till.closingModel(Platform::runLater).orElseThrow());
        fx(() -> ClosingWindow.show(stage, closing, Runnable::run, till.money(), Texts.of("till.app.texts",
                till.locale())));
        Await.until(() -> read(() -> closing.step().get()) == ClosingViewModel.Step.COUNTING, "the session is read",
                10);
        fx(() -> {
            // Euros are counted note by note and coin by coin.
            closing.pieces().get(new BigDecimal("20")).set(3);
            closing.note().set("-");
            closing.overrideReason().set("-");
            closing.closeWithOverride();
            return null;
        });
        Await.until(() -> read(() -> closing.step().get()) == ClosingViewModel.Step.CLOSED, "the session closed", 10);
        String report = fx(() -> String.join("\n", closing.report()));
        assertThat(report).as("the Z report on screen").contains("1\u202f234,50" + NBSP + "\u20ac")
                .contains("46,00" + NBSP + "\u20ac").doesNotContain("46.00").doesNotContain("1234.50");

        OpeningViewModel opening = fx(() -> till.openings().model(Platform::runLater, id -> { }, till.locale())
                .orElseThrow());
        fx(() -> {
            opening.load();
            return null;
        });
        Await.until(() -> read(() -> opening.step().get()) != OpeningViewModel.Step.LOADING, "the next session", 10);
        assertThat(fx(() -> opening.step().get())).isEqualTo(OpeningViewModel.Step.COUNTING);
        assertThat(fx(() -> opening.message().get())).as("the opening's count").contains(NBSP + "\u20ac")
                .doesNotContain(".00");
    }

    /** A till set up on profile 15's Belgian shop, its user speaking French; its catalog cached as setup leaves it. */
    private void openBelgianTill() throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15).withCompany(DemoCompany.BE)
                .withHold(Duration.ofMillis(300)));
        TillConfig config = new TillConfig(server.url(), null, server.database(), DemoServer.LOGIN,
                Backends.DEMO_CONFIG_ID, true);
        new ConfigFile(dataDir).write(config);
        new PasswordFile(dataDir).write(DemoServer.PASSWORD);
        Setup.Result setUp = new Setup(config, DemoServer.PASSWORD).run();
        Clock clock = Clock.systemDefaultZone();
        till = TillScreen.open(dataDir, clock, store -> {
            store.catalogCache().replace(setUp.snapshot().catalog());
            return Optional.of(Backends.create(dataDir, store, clock, QUICK));
        });
        fx(() -> {
            stage.setScene(new Scene(till.view(Platform::runLater, Duration.ofSeconds(5)), 1024, 768));
            stage.show();
            till.startConnections();
            return null;
        });
        FxWait.until(() -> fx(() -> stage.getScene().lookup(".order-tab") != null));
    }

    /** The paid order's uid, from the reference the receipt on screen shows. */
    private static String paidUid(Parent root) {
        Pattern uid = Pattern.compile("\\d{5}-\\d{3}-\\d{4}");
        for (Node node : root.lookupAll("*")) {
            if (node instanceof Labeled labeled && labeled.getText() != null) {
                Matcher found = uid.matcher(labeled.getText());
                if (found.find()) {
                    return found.group();
                }
            }
        }
        throw new AssertionError("no order reference on the receipt");
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
