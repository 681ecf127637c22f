package till.sell;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The letters a product tile shows in place of a picture. Stateless; no JavaFX, so tests need no toolkit. */
final class Initials {

    private Initials() {
    }

    /** The first letters of the first two words: "Blue Mug" gives "BM". */
    static String of(String name) {
        return Arrays.stream(name.strip().split("\\s+"))
                .filter(w -> !w.isEmpty())
                .limit(2)
                .map(w -> new String(Character.toChars(w.codePointAt(0))))
                .collect(Collectors.joining())
                .toUpperCase(Locale.ROOT);
    }
}
