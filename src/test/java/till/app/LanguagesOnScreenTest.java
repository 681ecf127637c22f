package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import till.demoserver.DemoCompany;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;
import till.i18n.PseudoLocale;
import till.i18n.Texts;
import till.setup.ConfigFile;
import till.setup.PasswordFile;
import till.setup.Setup;
import till.setup.TillConfig;
import till.worker.Backoff;

/**
 * The till in each shipped language, as a shop sets it up: a configured till on a real demo server playing a
 * Belgian, German, Spanish or Dutch company (or a US one with the pseudo-locale as the till's language), on a real
 * store, shown on Monocle. The selling, payment and receipt screens show no English text of the selling screen's
 * bundle, no bundle key, no label cut off, and amounts as the company's currency and the language write them.
 */
@ExtendWith(ApplicationExtension.class)
class LanguagesOnScreenTest {

    private static final LinkTimings QUICK = new LinkTimings(Duration.ofMillis(300), Duration.ofSeconds(3),
            () -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), () -> 0.5),
            () -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), () -> 0.5));
    private static final String OFFICE_LAMP = "#product-6";
    private static final String NBSP = "\u00a0";

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
        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get();
        if (till != null) {
            till.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "BE | fr | 46,00\u00a0\u20ac | 46,00 \u20ac",
        "DE | de | 46,00\u00a0\u20ac | 46,00 \u20ac",
        "ES | es | 46,00\u00a0\u20ac | 46,00 \u20ac",
        "NL | nl | 46,00\u00a0\u20ac | 46,00 \u20ac",
    })
    void aShopsTillSpeaksItsUsersLanguageAndWritesItsCurrency(DemoCompany company, String language,
                                                               String screenTotal, String receiptTotal,
                                                               FxRobot robot) throws Exception {
        configureFor(company, Optional.empty());
        openTill(robot, NodeOrientation.LEFT_TO_RIGHT);

        assertThat(till.locale().getLanguage()).isEqualTo(language);
        sellTheLampAndPay(robot, screenTotal, receiptTotal);
    }

    @Test
    void aUsShopInEnglishWritesDollarsAgainstTheNumber(FxRobot robot) throws Exception {
        configureFor(DemoCompany.US, Optional.empty());
        openTill(robot, NodeOrientation.LEFT_TO_RIGHT);

        FxWait.untilText(robot, "#total", "$0.00");
        robot.clickOn(OFFICE_LAMP);
        FxWait.untilText(robot, "#total", "$46.00");
    }

    @Test
    void thePseudoLocaleAsTheTillsSettingLeavesNoTextInCodeAndNoneCutOff(FxRobot robot) throws Exception {
        configureFor(DemoCompany.US, Optional.of("en-XA"));
        openTill(robot, NodeOrientation.LEFT_TO_RIGHT);

        assertThat(till.locale()).isEqualTo(PseudoLocale.LOCALE);
        sellTheLampAndPay(robot, "$46.00", "$46.00");
    }

    @Test
    void mirroredForRightToLeftUnderThePseudoLocaleTheOrderPanelMovesSidesAndNoTextIsCut(FxRobot robot)
            throws Exception {
        configureFor(DemoCompany.US, Optional.of("en-XA"));
        openTill(robot, NodeOrientation.LEFT_TO_RIGHT);
        double leftToRight = centreX(robot, ".order-panel") - centreX(robot, ".product-pane");
        WaitForAsyncUtils.asyncFx(() -> stage.getScene().setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT)).get();
        WaitForAsyncUtils.waitForFxEvents();

        double rightToLeft = centreX(robot, ".order-panel") - centreX(robot, ".product-pane");
        assertThat(Math.signum(rightToLeft)).as("the order panel on the other side").isEqualTo(
                -Math.signum(leftToRight)).isNotZero();
        robot.clickOn(OFFICE_LAMP);
        FxWait.untilText(robot, "#total", "$46.00");
        assertScreenSpeaks("selling screen, right to left");
    }

    /** A till set up on a demo server playing the company; its catalog cached as {@code till setup} leaves it. */
    private void configureFor(DemoCompany company, Optional<String> language) throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15).withCompany(company)
                .withHold(Duration.ofMillis(300)));
        TillConfig config = new TillConfig(server.url(), null, server.database(), DemoServer.LOGIN,
                Backends.DEMO_CONFIG_ID, true);
        ConfigFile file = new ConfigFile(dataDir);
        file.write(config);
        if (language.isPresent()) {
            file.writeLanguage(language);
        }
        new PasswordFile(dataDir).write(DemoServer.PASSWORD);
        Setup.Result setUp = new Setup(config, DemoServer.PASSWORD).run();
        till = TillScreen.open(dataDir, Clock.systemDefaultZone(), store -> {
            store.catalogCache().replace(setUp.snapshot().catalog());
            return Optional.of(Backends.create(dataDir, store, Clock.systemDefaultZone(), QUICK));
        });
        assertThat(setUp.snapshot().catalog().settings().demo()).isFalse();
    }

    private void openTill(FxRobot robot, NodeOrientation orientation) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Scene scene = new Scene(till.view(Platform::runLater, Duration.ofSeconds(5)), 1024, 768);
            scene.setNodeOrientation(orientation);
            stage.setScene(scene);
            stage.show();
        }).get();
        FxWait.until(() -> robot.lookup(".order-tab").tryQuery().isPresent());
    }

    private void sellTheLampAndPay(FxRobot robot, String screenTotal, String receiptTotal) throws Exception {
        robot.clickOn(OFFICE_LAMP);
        FxWait.untilText(robot, "#total", screenTotal);
        assertScreenSpeaks("selling screen");

        robot.clickOn("#pay");
        FxWait.untilShown(robot, "#validate");
        robot.clickOn("#method-1");
        FxWait.untilText(robot, "#payment-amount-0", screenTotal);
        assertScreenSpeaks("payment screen");

        robot.clickOn("#validate");
        FxWait.untilShown(robot, "#next-order");
        assertScreenSpeaks("receipt screen");
        FxWait.until(() -> texts(stage.getScene().getRoot()).stream().anyMatch(t -> t.equals(receiptTotal)));
    }

    /** No visible text is an English text of the selling screen, a bundle key, or cut off by its label. */
    private void assertScreenSpeaks(String where) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Texts english = Texts.of("till.sell.messages", Locale.ROOT);
        Texts spoken = Texts.of("till.sell.messages", till.locale());
        Set<String> untranslated = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (String key : ResourceKeys.of("till/sell/messages.properties")) {
            keys.add(key);
            if (!english.get(key).equals(spoken.get(key))) {
                untranslated.add(english.get(key));
            }
        }
        Parent root = stage.getScene().getRoot();
        List<String> shown = WaitForAsyncUtils.asyncFx(() -> texts(root)).get();
        List<String> cut = WaitForAsyncUtils.asyncFx(() -> cutOff(root)).get();
        assertThat(shown).as(where + ": texts still in English").doesNotContainAnyElementsOf(untranslated);
        assertThat(shown).as(where + ": bundle keys shown").doesNotContainAnyElementsOf(keys);
        assertThat(cut).as(where + ": labels cut off").isEmpty();
    }

    private static double centreX(FxRobot robot, String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Node node = robot.lookup(query).query();
            return node.localToScene(node.getLayoutBounds()).getCenterX();
        }).get();
    }

    /** The texts a person sees: visible labels, buttons, tooltips and prompts. FX thread only. */
    private static List<String> texts(Parent root) {
        List<String> texts = new ArrayList<>();
        for (Node node : root.lookupAll("*")) {
            if (!visibleInScene(node)) {
                continue;
            }
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
                texts.add(labeled.getText());
            }
            if (node instanceof Control control && control.getTooltip() != null) {
                texts.add(control.getTooltip().getText());
            }
            if (node instanceof TextInputControl input && input.getPromptText() != null) {
                texts.add(input.getPromptText());
            }
        }
        return texts;
    }

    /** The texts of visible labels that their label shows shortened (ellipsised). FX thread only. */
    private static List<String> cutOff(Parent root) {
        List<String> cut = new ArrayList<>();
        for (Node node : root.lookupAll("*")) {
            if (!(node instanceof Labeled labeled) || !visibleInScene(node) || labeled.getText() == null
                    || labeled.getText().isEmpty()) {
                continue;
            }
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && child.getClass().getSimpleName().equals("LabeledText")
                        && !shown.getText().equals(labeled.getText())) {
                    cut.add(labeled.getText() + " -> " + shown.getText());
                }
            }
        }
        return cut;
    }

    private static boolean visibleInScene(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
