package till.doctor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import till.odoo.JsonRpcClient;

/**
 * Runs every check of {@code till doctor} and prints the findings, each with what to change: as lines for a person,
 * or as one JSON object ({@code {"ok": ..., "checks": [{"name", "ok", "detail", "advice"}]}}) for scripts. Blocks on
 * the network; confined to the calling thread.
 */
public final class DoctorReport {

    private DoctorReport() {
    }

    /**
     * Checks the server setup {@code options} describe and prints what was found.
     *
     * @return the exit code: 0 when every check passed, 3 when the server runs an Odoo version Till does not speak (a
     *     configuration to change), else 1
     */
    public static int run(DoctorOptions options, boolean json, PrintStream out) {
        List<Check> checks = new Doctor(options).run();
        boolean ok = checks.stream().allMatch(Check::ok);
        if (json) {
            out.println(json(ok, checks));
        } else {
            print(out, options, checks, ok);
        }
        if (ok) {
            return 0;
        }
        return checks.stream().anyMatch(c -> c.name().equals(Doctor.VERSION) && !c.ok()) ? 3 : 1;
    }

    private static void print(PrintStream out, DoctorOptions options, List<Check> checks, boolean ok) {
        out.println("till doctor: " + options.server() + (options.pushUrl() == null ? ""
                : " (push " + options.pushUrl() + ")") + ", database " + options.database());
        for (Check c : checks) {
            out.println((c.ok() ? "[ ok ] " : "[FAIL] ") + c.name() + ": " + c.detail());
            if (!c.advice().isEmpty()) {
                out.println("       what to do: " + c.advice());
            }
        }
        long failed = checks.stream().filter(c -> !c.ok()).count();
        out.println(ok ? "All checks passed." : failed + " check(s) failed.");
    }

    static String json(boolean ok, List<Check> checks) {
        ObjectNode root = JsonRpcClient.MAPPER.createObjectNode();
        root.put("ok", ok);
        ArrayNode list = root.putArray("checks");
        for (Check c : checks) {
            list.addObject().put("name", c.name()).put("ok", c.ok()).put("detail", c.detail())
                    .put("advice", c.advice());
        }
        return root.toString();
    }
}
