package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import till.i18n.Texts;
import till.outbox.OutboxState;
import till.refunds.RefundRefused;
import till.session.CashMoveState;
import till.session.ClosingException;
import till.session.SendingState;

/**
 * Every key the day's screens ask their bundle for is in it: the keys written in the code (a typo would show the key
 * on screen) and the keys made of an enum's names (a state or a reason added later without its text).
 */
class DayTextKeysTest {

    private static final Map<String, String> BUNDLES = Map.of("closing", "till.closing.texts", "cashmove",
            "till.cashmove.texts", "history", "till.history.texts", "refund", "till.refund.texts", "app",
            "till.app.texts");
    /** From a {@code texts.get(} or {@code Texts.of(...).get(} to the end of the statement. */
    private static final Pattern CALL = Pattern.compile("(?:texts\\.get|\\)\\.get)\\(([^;]*);");
    private static final Pattern KEY = Pattern.compile("\"([a-z]+(?:\\.[a-z]+)+)\"");

    static Stream<String> packages() {
        return BUNDLES.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void everyKeyWrittenInThePackagesCodeIsInItsBundle(String pkg) throws IOException {
        Texts texts = Texts.of(BUNDLES.get(pkg), Locale.ENGLISH);
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/till", pkg))) {
            for (Path file : files.toList()) {
                Matcher call = CALL.matcher(Files.readString(file));
                while (call.find()) {
                    Matcher key = KEY.matcher(call.group(1));
                    while (key.find()) {
                        if (!key.group(1).startsWith("till.")) {
                            keys.add(key.group(1));
                        }
                    }
                }
            }
        }
        assertThat(keys).as("keys found in the code of " + pkg).isNotEmpty();
        assertThat(keys).filteredOn(k -> !texts.has(k)).as("keys missing from " + BUNDLES.get(pkg)).isEmpty();
    }

    @Test
    void everyStateKindAndReasonTheScreensNameHasItsText() {
        Texts closing = Texts.of("till.closing.texts", Locale.ENGLISH);
        Texts history = Texts.of("till.history.texts", Locale.ENGLISH);
        Texts refund = Texts.of("till.refund.texts", Locale.ENGLISH);
        List<String> missing = new ArrayList<>();
        Stream.of(OutboxState.values()).map(s -> "state." + s.name()).filter(k -> !closing.has(k))
                .forEach(missing::add);
        Stream.of(CashMoveState.values()).map(s -> "state." + s.name()).filter(k -> !closing.has(k))
                .forEach(missing::add);
        Stream.of(ClosingException.Kind.values()).map(k -> "failed." + k.name()).filter(k -> !closing.has(k))
                .forEach(missing::add);
        Stream.of(SendingState.values()).map(s -> "state." + s.name()).filter(k -> !history.has(k))
                .forEach(missing::add);
        Stream.of(RefundRefused.Reason.values()).map(r -> "refused." + r.name()).filter(k -> !refund.has(k))
                .forEach(missing::add);
        assertThat(missing).isEmpty();
    }

    @Test
    void aRefusalIsSaidAgainInTheTillsLanguageWithItsArguments() {
        RefundRefused over = new RefundRefused(RefundRefused.Reason.OVER_REFUND, "Line 3 (Water): only 1 of 2 can"
                + " still be refunded, not 2.", "3", "Water", "1", "2", "2");

        assertThat(Texts.of("till.refund.texts", Locale.ENGLISH).get("refused." + over.reason(),
                over.args().toArray())).isEqualTo(over.getMessage());
        assertThat(Texts.of("till.refund.texts", Locale.GERMAN).get("refused." + over.reason(),
                over.args().toArray())).isEqualTo("Position 3 (Water): nur noch 1 von 2 k\u00f6nnen erstattet werden,"
                + " nicht 2.");
    }
}
