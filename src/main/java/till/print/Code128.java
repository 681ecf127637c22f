package till.print;

import java.util.ArrayList;
import java.util.List;

/**
 * The bars of a CODE128 barcode in code set B (ISO/IEC 15417), drawn by the PNG renderer; the printer draws its
 * own from the same data ({@code GS k 73}). Stateless.
 */
final class Code128 {

    /** Each symbol's six element widths in modules, bar first; the last is the stop pattern (seven elements). */
    private static final String[] PATTERNS = {
        "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
        "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
        "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
        "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
        "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
        "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
        "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
        "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
        "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
        "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
        "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
    };
    private static final int START_B = 104;
    private static final int STOP = 106;

    private Code128() {
    }

    /** The symbol values: start B, the data, the check symbol, stop. */
    static List<Integer> symbols(String data) {
        List<Integer> symbols = new ArrayList<>();
        symbols.add(START_B);
        int check = START_B;
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c < 32 || c > 126) {
                throw new IllegalArgumentException("CODE128 set B holds printable ASCII only, not " + (int) c);
            }
            symbols.add(c - 32);
            check += (i + 1) * (c - 32);
        }
        symbols.add(check % 103);
        symbols.add(STOP);
        return symbols;
    }

    /** The element widths in modules, bar first, alternating bar and space. */
    static List<Integer> widths(String data) {
        List<Integer> widths = new ArrayList<>();
        for (int symbol : symbols(data)) {
            PATTERNS[symbol].chars().forEach(digit -> widths.add(digit - '0'));
        }
        return widths;
    }
}
