package till.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import till.i18n.Texts;

/**
 * The panels' bundles (status, settings, kiosk) are really translated: a text equal to its English one is a word the
 * languages share (listed here), never an English sentence copied into a translation; and a text with arguments
 * formats without an apostrophe eaten by MessageFormat; every kind the core can send has its texts.
 */
class PanelTextsTranslatedTest {

    private static final List<String> BUNDLES = List.of(StatusWords.BUNDLE, "till.settings.texts",
            "till.kiosk.texts");
    /** Texts the same in a language as in English: names, units, technical words, loanwords. */
    private static final Set<String> SHARED = Set.of("DEMO", "OK", "PIN", "Printer", "Database", "POS",
            "Printer offline", "Server URL", "Push URL", "Nothing.", "{0,number,#} min", "Test", "Login",
            "{0}: {1}", "{0,number,#} h {1,number,#} min", "Papier (mm)",
            "tcp://192.168.1.50, file:/dev/usb/lp0, queue:NAME; empty: no printer");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de", "es", "nl"})
    void noTranslationIsAnEnglishTextLeftAsItWas(String language) {
        List<String> english = new ArrayList<>();
        for (String baseName : BUNDLES) {
            ResourceBundle base = bundle(baseName, Locale.ROOT);
            ResourceBundle translated = bundle(baseName, Locale.forLanguageTag(language));
            for (String key : base.keySet()) {
                String text = base.getString(key);
                if (text.equals(translated.getString(key)) && !SHARED.contains(text)) {
                    english.add(baseName + " " + key + "=" + text);
                }
            }
        }
        assertThat(english).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "de", "es", "nl"})
    void aTextWithArgumentsKeepsItsApostrophes(String language) {
        List<String> eaten = new ArrayList<>();
        for (String baseName : BUNDLES) {
            ResourceBundle bundle = bundle(baseName, Locale.forLanguageTag(language));
            for (String key : bundle.keySet()) {
                String text = bundle.getString(key);
                if (text.contains("{") && LONE_APOSTROPHE.matcher(text).find()) {
                    eaten.add(baseName + " " + key + "=" + text);
                }
            }
        }
        assertThat(eaten).isEmpty();
        assertThat(Texts.of(StatusWords.BUNDLE, Locale.FRENCH).get("outbox.message.readFailed", "x"))
                .isEqualTo("Impossible de lire la file d\u2019envoi : x");
    }

    @org.junit.jupiter.api.Test
    void everyKindTheCoreCanSendHasItsTexts() {
        Texts texts = Texts.of(StatusWords.BUNDLE, Locale.ROOT);
        List<String> missing = new ArrayList<>();
        for (till.push.BusCause.Kind kind : till.push.BusCause.Kind.values()) {
            missing.addAll(absent(texts, "push.cause." + kind.name(), "push.advice." + kind.name()));
        }
        for (till.push.ConnectionState state : till.push.ConnectionState.values()) {
            missing.addAll(absent(texts, "push.meaning." + state.name()));
        }
        for (till.outbox.FailureKind kind : till.outbox.FailureKind.values()) {
            missing.addAll(absent(texts, "failure." + kind.name()));
        }
        for (till.outbox.OutboxState state : till.outbox.OutboxState.values()) {
            missing.addAll(absent(texts, "state." + state.name()));
        }
        for (till.print.PrinterState state : till.print.PrinterState.values()) {
            missing.addAll(absent(texts, "printer.advice." + state.name()));
        }
        for (PrinterViewModel.Look look : PrinterViewModel.Look.values()) {
            missing.addAll(absent(texts, "printer.words." + look.name()));
        }
        Texts kiosk = Texts.of("till.kiosk.texts", Locale.ROOT);
        for (till.kiosk.PinDialog.Action action : till.kiosk.PinDialog.Action.values()) {
            missing.addAll(absent(kiosk, "pin.action." + action.name()));
        }
        assertThat(missing).isEmpty();
    }

    private static List<String> absent(Texts texts, String... keys) {
        return Stream.of(keys).filter(key -> !texts.has(key)).toList();
    }

    private static ResourceBundle bundle(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
