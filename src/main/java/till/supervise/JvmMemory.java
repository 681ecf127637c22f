package till.supervise;

import java.util.List;

/**
 * The Java memory options the till runs with, chosen by measurement (docs/decisions/0173): a bounded heap and a
 * small-footprint collector, so that the resident memory stays near 300 MB with 50 000 products instead of growing
 * towards a quarter of the machine's RAM. The same list is in packaging/jpackage.args (java-options) and in the
 * pom's javafx:run options; JvmMemoryTest keeps the three equal. Immutable.
 */
public final class JvmMemory {

    /** The options, in the order they are given to {@code java}. */
    public static final List<String> OPTIONS = List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
            "-XX:MaxMetaspaceSize=128m", "-XX:ReservedCodeCacheSize=64m", "-Xss512k");

    private JvmMemory() {
    }

    /** The options to give a child JVM: these, unless the parent's own options already bound the heap. */
    static List<String> forChild(List<String> parentOptions) {
        return parentOptions.stream().anyMatch(o -> o.startsWith("-Xmx")) ? List.of() : OPTIONS;
    }
}
