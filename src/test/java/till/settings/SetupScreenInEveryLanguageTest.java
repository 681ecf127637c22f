package till.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import till.fx.Async;
import till.i18n.PseudoLocale;
import till.status.StatusViews;
import till.testsupport.ScreenTexts;

/**
 * The settings screen with its printer section, in every shipped language and the pseudo-locale: after listing the
 * databases, a refused login and a test page, no English text is left (the services' own words are quoted after a
 * translated lead-in), no key shows and no label is cut off. English says what it said before. Real JavaFX on Monocle.
 */
@ExtendWith(ApplicationExtension.class)
class SetupScreenInEveryLanguageTest {

    /** As {@code ServerSetup} words a refused login. */
    private static final String REFUSED = "The server refused the login: wrong login or password.";

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    static Stream<Locale> languages() {
        return Stream.of(Locale.FRENCH, Locale.GERMAN, Locale.forLanguageTag("es"), Locale.forLanguageTag("nl"),
                PseudoLocale.LOCALE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theSetupScreenIsTranslatedAndNothingIsCutOff(Locale locale) throws Exception {
        SetupScreen setup = show(locale);
        ScreenTexts check = ScreenTexts.of(locale, ServiceWords.BUNDLE);

        WaitForAsyncUtils.asyncFx(() -> {
            ((Button) setup.button()).fire();
            setup.model().server().set("https://shop.example.com");
            setup.model().loadDatabases();
        }).get();
        assertThat(problems(check)).as("the databases listed, in " + locale).isEmpty();

        String refused = WaitForAsyncUtils.asyncFx(() -> {
            setup.model().loadConfigs();
            return message("#setup-message");
        }).get();
        assertThat(refused).as("the service's words quoted").contains(REFUSED).isNotEqualTo(REFUSED);
        assertThat(problems(check)).as("a refused login, in " + locale).isEmpty();

        WaitForAsyncUtils.asyncFx(() -> {
            ((Button) stage.getScene().lookup("#printer-test")).fire();
        }).get();
        assertThat(problems(check)).as("a test page, in " + locale).isEmpty();
    }

    @Test
    void inEnglishTheScreenSaysWhatItSaidBefore() throws Exception {
        SetupScreen setup = show(Locale.ENGLISH);
        String listed = WaitForAsyncUtils.asyncFx(() -> {
            ((Button) setup.button()).fire();
            setup.model().loadDatabases();
            return message("#setup-message");
        }).get();
        String refused = WaitForAsyncUtils.asyncFx(() -> {
            setup.model().loadConfigs();
            return message("#setup-message");
        }).get();
        assertThat(listed).isEqualTo("Choose the database.");
        assertThat(refused).isEqualTo(REFUSED);
        assertThat(WaitForAsyncUtils.asyncFx(() -> ((Labeled) stage.getScene().lookup("#setup-save")).getText())
                .get()).isEqualTo("Check and save");
    }

    private SetupScreen show(Locale locale) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            SetupScreen setup = new SetupScreen(new ListingService(), new TestingPrinters(), Async.sameThread(),
                    Runnable::run, locale);
            StackPane root = new StackPane(setup.button(), setup.panel());
            root.getStylesheets().addAll(getClass().getResource("/till/sell/till.css").toExternalForm(),
                    StatusViews.STYLESHEET);
            root.getStyleClass().add("till");
            stage.setScene(new Scene(root, 1024, 768));
            stage.show();
            return setup;
        }).get();
    }

    private String message(String id) {
        return ((Labeled) stage.getScene().lookup(id)).getText();
    }

    private List<String> problems(ScreenTexts check) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> check.problems((Parent) stage.getScene().getRoot())).get();
    }

    /** Lists two databases and refuses every login. */
    private static final class ListingService implements SetupService {

        @Override
        public List<String> databases(String server) {
            return List.of("shop", "shop-test");
        }

        @Override
        public List<PosChoice> posConfigs(String server, String database, String login, String password)
                throws Exception {
            throw new Exception(REFUSED);
        }

        @Override
        public String save(Form form) {
            return "Connected.";
        }
    }

    /** A printer that prints its test page. */
    private static final class TestingPrinters implements PrinterService {

        @Override
        public Form current() {
            return new Form("tcp://192.168.1.50", "80", true, true);
        }

        @Override
        public String test(Form form) {
            return "Printed a test page on " + form.device() + ".";
        }

        @Override
        public String save(Form form) {
            return "Saved the printer to till.properties.";
        }
    }
}
