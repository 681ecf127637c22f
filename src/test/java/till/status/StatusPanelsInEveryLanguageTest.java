package till.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import till.catalog.Currency;
import till.fx.Async;
import till.i18n.PseudoLocale;
import till.outbox.FailureKind;
import till.outbox.OutboxEntry;
import till.outbox.OutboxState;
import till.outbox.SenderStatus;
import till.print.FolderPrinter;
import till.print.PaperWidth;
import till.print.PrintQueue;
import till.print.PrintStatus;
import till.print.PrinterState;
import till.print.ReceiptSource;
import till.push.BusCause;
import till.push.ConnectionState;
import till.push.ConnectionStatus;
import till.sell.MoneyFormat;
import till.store.TillStore;
import till.testsupport.ScreenTexts;
import till.worker.Backoff;
import till.worker.WakeableSleeper;
import till.worker.WorkerState;
import till.worker.WorkerStatus;

/**
 * Both icons in a red state, their tooltips and panels (the push detail, the outbox with a waiting and a refused
 * order), the printer indicator needing attention and the catalog line, in every shipped language and the
 * pseudo-locale: no English text left, no key shown, no label cut off. Real JavaFX on Monocle.
 */
@ExtendWith(ApplicationExtension.class)
class StatusPanelsInEveryLanguageTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:42:00Z");

    @TempDir
    Path dir;

    private Stage stage;
    private TillStore store;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    static Stream<Locale> languages() {
        return Stream.of(Locale.FRENCH, Locale.GERMAN, Locale.forLanguageTag("es"), Locale.forLanguageTag("nl"),
                PseudoLocale.LOCALE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theIconsAndPanelsAreTranslatedAndNothingIsCutOff(Locale locale) throws Exception {
        Rig rig = show(locale, NodeOrientation.LEFT_TO_RIGHT);
        ScreenTexts check = ScreenTexts.of(locale, StatusWords.BUNDLE);

        assertThat(problems(check)).as("icons and the outbox panel in " + locale).isEmpty();
        assertThat(WaitForAsyncUtils.asyncFx(() -> rig.views.outbox().rows().size()).get()).isEqualTo(2);

        WaitForAsyncUtils.asyncFx(() -> {
            rig.views.outbox().close();
            rig.views.push().click();
        }).get();
        assertThat(problems(check)).as("the push detail in " + locale).isEmpty();
        String explanation = WaitForAsyncUtils.asyncFx(() -> ((Label) stage.getScene().lookup("#push-explanation"))
                .getText()).get();
        assertThat(explanation).as("the cause and the advice are said").contains("\n").isNotEqualTo(
                rig.words.meaning(ConnectionState.RED));

        Stage picture = WaitForAsyncUtils.asyncFx(() -> ReceiptPictureWindow.show(stage, Optional.empty(), locale))
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> pictureProblems = WaitForAsyncUtils.asyncFx(() -> {
            List<String> all = new java.util.ArrayList<>(check.problems(picture.getScene().getRoot()));
            all.addAll(check.problems("the window's title", picture.getTitle()));
            picture.close();
            return all;
        }).get();
        assertThat(pictureProblems).as("the demo printer's window in " + locale).isEmpty();
    }

    @Test
    void theOutboxPanelWorksMirroredForARightToLeftLanguage() throws Exception {
        show(PseudoLocale.LOCALE, NodeOrientation.RIGHT_TO_LEFT);

        assertThat(problems(ScreenTexts.of(PseudoLocale.LOCALE, StatusWords.BUNDLE))).isEmpty();
        double close = WaitForAsyncUtils.asyncFx(() -> sceneX("#outbox-close")).get();
        double retryAll = WaitForAsyncUtils.asyncFx(() -> sceneX("#outbox-retry-all")).get();
        assertThat(close).as("Close moves to the left, Retry all to the right").isLessThan(retryAll);
    }

    private double sceneX(String id) {
        Node node = stage.getScene().lookup(id);
        return node.localToScene(node.getBoundsInLocal()).getMinX();
    }

    /** The status area and its panels in one language, red, with the outbox panel open. */
    private Rig show(Locale locale, NodeOrientation orientation) throws Exception {
        RecordingOrderDelivery delivery = new RecordingOrderDelivery();
        FakePushChannel channel = new FakePushChannel();
        StatusWords words = new StatusWords(new MoneyFormat(currency()), Clock.fixed(NOW, ZoneOffset.UTC),
                ZoneOffset.UTC, locale);
        PrinterViewModel printer = printer(locale);
        CatalogProgressViewModel catalog = new CatalogProgressViewModel(locale);
        StatusViews views = WaitForAsyncUtils.asyncFx(() -> {
            StatusViews built = new StatusViews(delivery, twoOrders(), channel, Async.sameThread(), words,
                    new MoneyFormat(currency()), owner -> Optional.empty(), true);
            built.listen(Runnable::run);
            HBox bar = new HBox(8, built.icons().toArray(new Node[0]));
            bar.getChildren().addAll(StatusViews.printerIndicator(printer), new CatalogProgressView(catalog));
            StackPane root = new StackPane(new VBox(bar));
            root.getChildren().addAll(built.overlays());
            root.getStylesheets().add(StatusViews.STYLESHEET);
            root.setNodeOrientation(orientation);
            stage.setScene(new Scene(root, 1024, 768));
            stage.show();
            channel.push(new ConnectionStatus(ConnectionState.RED, NOW.minusSeconds(120), refused()));
            delivery.push(waitingAndRefused());
            printer.show(paperOut());
            catalog.show(20_000, 50_040, false);
            built.wifi().click();
            return built;
        }).get();
        return new Rig(views, words);
    }

    private record Rig(StatusViews views, StatusWords words) {
    }

    private List<String> problems(ScreenTexts check) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> check.problems(stage.getScene().getRoot())).get();
    }

    @Test
    void theCheckFindsEnglishLeftAKeyShownAndALabelCutOff() throws Exception {
        ScreenTexts check = ScreenTexts.of(Locale.FRENCH, StatusWords.BUNDLE);
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> {
            Label english = new Label("Orders not yet on the server");
            Label key = new Label("outbox.retryAll");
            Button cut = new Button("Exporter toutes les commandes non envoyées dans un fichier");
            cut.setMaxWidth(80);
            StackPane root = new StackPane(new VBox(english, key, cut));
            stage.setScene(new Scene(root, 400, 200));
            stage.show();
            root.applyCss();
            root.layout();
            return check.problems(root);
        }).get();
        assertThat(problems).hasSize(3).anyMatch(p -> p.contains("still in English"))
                .anyMatch(p -> p.contains("shows the key")).anyMatch(p -> p.contains("cut off"));
    }

    private PrinterViewModel printer(Locale locale) throws IOException {
        store = TillStore.open(dir, Clock.systemUTC());
        PrintQueue queue = new PrintQueue(store.printJobs(), new FolderPrinter(dir.resolve("receipts"),
                PaperWidth.MM80, Clock.systemUTC()), ReceiptSource.of(() -> null, ZoneOffset.UTC),
                new WakeableSleeper(), Backoff::standard, Clock.systemUTC());
        return new PrinterViewModel(queue, false, () -> { }, ZoneOffset.UTC, locale);
    }

    private static Currency currency() {
        return new Currency(1, "EUR", "\u20ac", new BigDecimal("0.01"), 2, false);
    }

    /** As {@code BusFailures} words a refused connection. */
    private static BusCause refused() {
        return new BusCause(BusCause.Kind.REFUSED, "The server at https://shop.example.com refused the connection.",
                "Odoo is not running there, or the address or port is wrong (a separate push URL usually ends in"
                + " :8072).");
    }

    private static SenderStatus waitingAndRefused() {
        return new SenderStatus(WorkerState.RUNNING, Optional.empty(), 1, 1, new BigDecimal("785.04"),
                Optional.of(NOW.minus(Duration.ofMinutes(12))), false, FailureKind.RETRYABLE.advice()
                + " Connection refused: shop.example.com/203.0.113.7:443", Optional.of(FailureKind.RETRYABLE),
                Optional.of(NOW.plusSeconds(30)));
    }

    private static PrintStatus paperOut() {
        return new PrintStatus(PrinterState.ATTENTION, "the printer is out of paper; put in a new roll", 2,
                Optional.of(NOW.plusSeconds(60)), new WorkerStatus(PrintQueue.NAME, WorkerState.RUNNING, NOW,
                Optional.empty(), 0));
    }

    private static OutboxAccess twoOrders() {
        List<OutboxEntry> entries = List.of(
                new OutboxEntry("uid-1", "Order 00007-001-0001", OutboxState.WAITING, new BigDecimal("785.04"),
                        NOW.minusSeconds(720), 3, "Connection refused: shop.example.com/203.0.113.7:443"),
                new OutboxEntry("uid-2", "Order 00007-001-0002", OutboxState.REJECTED, new BigDecimal("12.50"),
                        NOW.minusSeconds(600), 1, "The product Apple is archived and cannot be sold."));
        return new OutboxAccess() {
            @Override
            public List<OutboxEntry> unsent() {
                return entries;
            }

            @Override
            public int export(Path file) {
                return entries.size();
            }
        };
    }
}
