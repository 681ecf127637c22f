package till.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;
import till.i18n.Texts;

/**
 * What a translated screen must not show: a text of the bundle still in English (where the language's text differs),
 * a bundle key instead of its text, a label the layout cut off with an ellipsis. Reads the scene graph as it is on
 * screen (visible nodes, their tooltips and prompts). Call on the FX thread after a layout pulse.
 */
public final class ScreenTexts {

    /** Words the screens quote as the core or the server wrote them, in any of the quotes the languages use. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|\u00ab[^\u00bb]*\u00bb|\u201e[^\u201c]*\u201c"
            + "|\u2018[^\u2019]*\u2019");
    /** English texts shorter than this are words a translation may share ("OK", "PIN", "Printer"). */
    private static final int SHORTEST_SENTENCE = 16;

    private final List<String> englishTexts = new ArrayList<>();
    /** Whole English texts without arguments, short ones too: a label showing one of them was not translated. */
    private final List<String> englishLabels = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();

    private ScreenTexts() {
    }

    /**
     * The checks for the bundles {@code baseNames} in {@code locale}: every English text of a key whose text in
     * {@code locale} differs, and every key.
     */
    public static ScreenTexts of(Locale locale, String... baseNames) {
        ScreenTexts check = new ScreenTexts();
        for (String baseName : baseNames) {
            Texts english = Texts.of(baseName, Locale.ROOT);
            Texts translated = Texts.of(baseName, locale);
            java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle(baseName, Locale.ROOT,
                    java.util.ResourceBundle.Control.getNoFallbackControl(
                            java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : bundle.keySet()) {
                check.keys.add(key);
                String text = bundle.getString(key);
                String fixed = literal(text);
                boolean differs = !english.get(key).equals(translated.get(key));
                if (differs && fixed.length() >= SHORTEST_SENTENCE) {
                    check.englishTexts.add(fixed);
                }
                if (differs && !text.contains("{")) {
                    check.englishLabels.add(text.strip());
                }
            }
        }
        return check;
    }

    /** A pattern's longest piece between its arguments (the rest depends on the values); a plain text whole. */
    private static String literal(String text) {
        String longest = "";
        for (String piece : text.split("[{}]")) {
            if (!piece.contains("#") && !piece.contains("|") && piece.strip().length() > longest.length()) {
                longest = piece.strip();
            }
        }
        return longest;
    }

    /** Every problem under {@code root}: English left, a key shown, a label cut off; empty when the screen is right. */
    public List<String> problems(Parent root) {
        List<String> problems = new ArrayList<>();
        walk(root, problems);
        return problems;
    }

    /** The problems of texts shown elsewhere (a tooltip's text, a window's title). */
    public List<String> problems(String where, String shown) {
        List<String> problems = new ArrayList<>();
        checkText(where, shown, problems);
        return problems;
    }

    private void walk(Node node, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            checkText(describe(node), labeled.getText(), problems);
            checkCut(labeled, problems);
        }
        if (node instanceof TextInputControl input) {
            checkText(describe(node) + " prompt", input.getPromptText(), problems);
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            checkText(describe(node) + " tooltip", control.getTooltip().getText(), problems);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, problems);
            }
        }
    }

    private void checkText(String where, String shown, List<String> problems) {
        if (shown == null || shown.isBlank()) {
            return;
        }
        String unquoted = QUOTED.matcher(shown).replaceAll("\"\"");
        for (String line : shown.split("\n")) {
            if (keys.contains(line.strip())) {
                problems.add(where + " shows the key " + line.strip());
            }
            if (englishLabels.contains(line.strip()) && !englishTexts.contains(line.strip())) {
                problems.add(where + " is still in English: " + line.strip());
            }
        }
        for (String english : englishTexts) {
            if (unquoted.contains(english)) {
                problems.add(where + " is still in English: " + english);
            }
        }
    }

    /** Cut off: the skin renders an ellipsis where the text had none. */
    private static void checkCut(Labeled labeled, List<String> problems) {
        String text = labeled.getText();
        if (text == null || text.isEmpty()) {
            return;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text rendered && !(child instanceof FontIcon) && !rendered.getText().equals(text)
                    && (rendered.getText().endsWith("\u2026") || rendered.getText().endsWith("..."))) {
                problems.add(describe(labeled) + " is cut off: \"" + rendered.getText() + "\" of \"" + text + "\"");
            }
        }
    }

    private static String describe(Node node) {
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId());
    }
}
