package till.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import till.fx.Async;
import till.i18n.PseudoLocale;
import till.pin.ManagerPin;
import till.pin.PinCheck;
import till.testsupport.ScreenTexts;

/**
 * The manager PIN dialog in every shipped language and the pseudo-locale: the action, the prompt, its own buttons and
 * the refusal with the wait are translated, nothing is cut off; in English it says what it said before. Real JavaFX
 * on Monocle.
 */
@ExtendWith(ApplicationExtension.class)
class PinDialogInEveryLanguageTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1024, 768));
        stage.show();
    }

    @AfterEach
    void closeDialogs() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(Window::hide)).get();
    }

    static Stream<Locale> languages() {
        return Stream.of(Locale.FRENCH, Locale.GERMAN, Locale.forLanguageTag("es"), Locale.forLanguageTag("nl"),
                PseudoLocale.LOCALE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aWrongPinIsSaidInTheTillsLanguageAndNothingIsCutOff(Locale locale) throws Exception {
        DialogPane pane = askAndTypeAWrongPin(locale);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> problems = WaitForAsyncUtils.asyncFx(() -> ScreenTexts.of(locale, "till.kiosk.texts")
                .problems(pane)).get();
        assertThat(problems).isEmpty();
        String message = WaitForAsyncUtils.asyncFx(() -> ((Label) pane.lookup("#manager-pin-message")).getText())
                .get();
        assertThat(message).contains("30").doesNotContain("Wrong PIN");
    }

    @Test
    void inEnglishTheDialogSaysWhatItSaidBefore() throws Exception {
        DialogPane pane = askAndTypeAWrongPin(Locale.ENGLISH);

        assertThat(WaitForAsyncUtils.asyncFx(() -> ((Label) pane.lookup("#manager-pin-message")).getText()).get())
                .isEqualTo(new ManagerPin.Verdict(ManagerPin.Outcome.WRONG, Duration.ofSeconds(30)).words());
        assertThat(WaitForAsyncUtils.asyncFx(pane::getHeaderText).get()).isEqualTo("Close the till: manager PIN");
        assertThat(WaitForAsyncUtils.asyncFx(() -> ((Button) pane.lookup("#manager-pin-cancel")).getText()).get())
                .isEqualTo("Cancel");
    }

    private DialogPane askAndTypeAWrongPin(Locale locale) throws Exception {
        AtomicBoolean accepted = new AtomicBoolean();
        PinCheck wrong = typed -> PinCheck.Answer.of(new ManagerPin.Verdict(ManagerPin.Outcome.WRONG,
                Duration.ofSeconds(30)));
        PinDialog dialog = new PinDialog(wrong, Async.sameThread(), locale);
        DialogPane pane = WaitForAsyncUtils.asyncFx(() -> {
            dialog.ask(stage, PinDialog.Action.CLOSE_TILL, () -> accepted.set(true));
            return Window.getWindows().stream().filter(w -> w != stage && w.getScene() != null)
                    .map(w -> w.getScene().getRoot()).filter(DialogPane.class::isInstance).map(DialogPane.class::cast)
                    .findFirst().orElseThrow();
        }).get();
        WaitForAsyncUtils.asyncFx(() -> {
            ((PasswordField) pane.lookup("#manager-pin")).setText("1234");
            ((Button) pane.lookup("#manager-pin-ok")).fire();
        }).get();
        assertThat(accepted).isFalse();
        return pane;
    }
}
