package till.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import java.util.Locale;
import javafx.stage.Stage;
import till.i18n.Texts;

/**
 * {@code till bench start}'s baseline: the smallest JavaFX window, started the way the till is started, printing
 * {@code ready} once it is shown; it runs until the process is stopped. Here rather than in {@code till.bench}
 * because only the composition root and the screens may use JavaFX (LayeringTest). Main thread, then FX thread.
 */
public final class HelloWindow {

    private HelloWindow() {
    }

    public static void main(String[] args) throws InterruptedException {
        Platform.startup(() -> {
            Stage stage = new Stage();
            String hello = Texts.of("till.app.texts", Locale.getDefault()).get("window.hello");
            stage.setScene(new Scene(new Label(hello), 320, 200));
            stage.show();
            System.out.println("ready");
            System.out.flush();
        });
        Thread.currentThread().join();
    }
}
