package till.print;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The character code tables Till selects on an ESC/POS printer ({@code ESC t n}), with the table numbers of Epson's
 * TM series and the compatibles that copy its numbering (decision 0141), and how text is written in them: a letter
 * the table lacks is written as its nearest plain letters ({@code œ} as {@code oe}, {@code ő} as {@code o}), then as
 * {@code ?}. The Java charsets used are all in {@code java.base}. Immutable.
 */
public enum CodePage {

    /** The printer's default table: US letters, some accented ones, no euro sign. */
    CP437(0, "IBM437"),
    /** Windows Latin-1: every Western European letter, the euro sign, œ, Š, Ž. */
    CP1252(16, "windows-1252"),
    /** DOS Latin-1 with the euro sign, for printers without table 16. */
    CP858(19, "IBM00858");

    /** Languages written with Western European letters: their receipts print in {@link #CP1252}. */
    private static final Set<String> WESTERN = Set.of("ca", "da", "de", "en", "es", "et", "eu", "fi", "fo", "fr",
            "ga", "gl", "is", "it", "lb", "nb", "nl", "nn", "no", "pt", "sq", "sv", "wa");

    /** Letters no table here has, written as the plain letters a reader expects. */
    private static final Map<Character, String> SPELLED = Map.ofEntries(Map.entry('œ', "oe"), Map.entry('Œ', "OE"),
            Map.entry('ß', "ss"), Map.entry('ø', "o"), Map.entry('Ø', "O"), Map.entry('æ', "ae"),
            Map.entry('Æ', "AE"), Map.entry('ł', "l"), Map.entry('Ł', "L"), Map.entry('đ', "d"),
            Map.entry('Đ', "D"),
            Map.entry('×', "x"), Map.entry('€', "EUR"), Map.entry('‘', "'"), Map.entry('’', "'"),
            Map.entry('“', "\""), Map.entry('”', "\""), Map.entry('–', "-"), Map.entry('—', "-"),
            Map.entry('…', "..."), Map.entry('\u00a0', " "), Map.entry('\u202f', " "));

    private final int table;
    private final Charset charset;

    CodePage(int table, String charset) {
        this.table = table;
        this.charset = Charset.forName(charset);
    }

    /** The {@code n} of {@code ESC t n} that selects this table. */
    public int table() {
        return table;
    }

    public Charset charset() {
        return charset;
    }

    /** The table for a shop's language ({@code fr_FR}, {@code da_DK}); {@link #CP437} for any other script. */
    public static CodePage forLanguage(String odooLanguage) {
        String language = odooLanguage.isBlank() ? "en" : ReceiptWords.locale(odooLanguage).getLanguage();
        return WESTERN.contains(language.toLowerCase(Locale.ROOT)) ? CP1252 : CP437;
    }

    /** The table with this name ({@code cp858}, {@code CP1252}), if Till knows it. */
    public static Optional<CodePage> named(String name) {
        for (CodePage page : values()) {
            if (page.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(page);
            }
        }
        return Optional.empty();
    }

    /**
     * The text as this table prints it, one character per printed character: letters it lacks replaced by their
     * nearest plain letters, or {@code ?}. Lay text out after this, so that the columns count what prints.
     */
    public String printable(String text) {
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(printableOne(encoder, cp)));
        return out.toString();
    }

    /** The text in this table ({@link #printable} first, so nothing is lost silently). */
    public byte[] encode(String text) {
        try {
            ByteBuffer buffer = charset.newEncoder().encode(CharBuffer.wrap(printable(text)));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("printable text that does not encode: " + text, e);
        }
    }

    private static String printableOne(CharsetEncoder encoder, int codePoint) {
        String one = Character.toString(codePoint);
        if (encoder.canEncode(one)) {
            return one;
        }
        String spelled = codePoint <= Character.MAX_VALUE ? SPELLED.get((char) codePoint) : null;
        if (spelled != null && encoder.canEncode(spelled)) {
            return spelled;
        }
        // ő, ą, č...: the letter without its accent reads better than a question mark.
        String bare = Normalizer.normalize(one, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return !bare.isEmpty() && encoder.canEncode(bare) ? bare : "?";
    }
}
