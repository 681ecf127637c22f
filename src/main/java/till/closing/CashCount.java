package till.closing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A cash count against an expected amount, shared by the closing and the opening screens: piece by piece for the
 * currencies of {@link till.session.Denominations}, else one typed amount; the difference, and whether it needs a
 * note (larger than the threshold either way). FX thread only.
 */
public final class CashCount {

    private final BigDecimal noteThreshold;
    private final Map<BigDecimal, IntegerProperty> pieces = new LinkedHashMap<>();
    private final StringProperty countedText = new SimpleStringProperty("");
    private final ObjectProperty<BigDecimal> expected = new SimpleObjectProperty<>(BigDecimal.ZERO);
    private final ReadOnlyObjectWrapper<Optional<BigDecimal>> counted = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<BigDecimal>> difference = new ReadOnlyObjectWrapper<>(
            Optional.empty());
    private final ReadOnlyBooleanWrapper noteRequired = new ReadOnlyBooleanWrapper(false);

    /**
     * @param denominations the notes and coins to count, largest first; empty: the cash is typed as one amount
     * @param noteThreshold a note is required when the difference is larger than this (0: whenever there is one)
     */
    public CashCount(List<BigDecimal> denominations, BigDecimal noteThreshold) {
        this.noteThreshold = noteThreshold;
        denominations.forEach(d -> pieces.put(d, new SimpleIntegerProperty(0)));
        pieces.values().forEach(p -> p.addListener((o, a, b) -> recount()));
        countedText.addListener((o, a, b) -> recount());
        expected.addListener((o, a, b) -> recount());
        recount();
    }

    private void recount() {
        Optional<BigDecimal> cash = pieces.isEmpty() ? parse(countedText.get())
                : Optional.of(pieces.entrySet().stream().map(e -> e.getKey().multiply(BigDecimal.valueOf(
                        e.getValue().get()))).reduce(BigDecimal.ZERO, BigDecimal::add));
        counted.set(cash);
        Optional<BigDecimal> diff = cash.map(c -> c.subtract(expected.get()));
        difference.set(diff);
        noteRequired.set(diff.map(d -> d.abs().compareTo(noteThreshold) > 0).orElse(false));
    }

    private static Optional<BigDecimal> parse(String text) {
        String t = text.strip().replace(',', '.');
        return t.matches("\\d{1,12}(\\.\\d{1,8})?") ? Optional.of(new BigDecimal(t)) : Optional.empty();
    }

    /** Each note and coin with how many were counted (empty for a currency counted as one amount). */
    public Map<BigDecimal, IntegerProperty> pieces() {
        return pieces;
    }

    /** The amount typed, for a currency counted as one amount. */
    public StringProperty countedText() {
        return countedText;
    }

    /** The cash expected; the screen's model sets it once the server and the store were read. */
    public ObjectProperty<BigDecimal> expected() {
        return expected;
    }

    /** The cash counted; empty while the typed amount is not one. */
    public ReadOnlyObjectProperty<Optional<BigDecimal>> counted() {
        return counted.getReadOnlyProperty();
    }

    /** Counted minus expected; empty while nothing valid is counted. */
    public ReadOnlyObjectProperty<Optional<BigDecimal>> difference() {
        return difference.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty noteRequired() {
        return noteRequired.getReadOnlyProperty();
    }
}
