package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import till.session.ClosingRequest;
import till.testsupport.FakeOdooClient;
import till.testsupport.Transcripts;

/** The closing calls are the ones of the transcripts: 14's backend button (v14 100), 15's closing popup (v15 100-102). */
class SessionCloseCallsTranscriptTest {

    private static final String V15_CASH = "100-setup-close-old-session-1-post-closing-cash";
    private static final String V15_STATE = "101-setup-close-old-session-2-update-closing-control";
    private static final String V15_CLOSE = "102-setup-close-old-session-3-close-session-from-ui";

    @Test
    void fifteenSendsTheClosingPopupsThreeCallsWithTheTranscriptsArguments() throws Exception {
        FakeOdooClient client = new FakeOdooClient(new ServerVersion(15, "15.0"))
                .withCall("pos.session", "post_closing_cash_details", result("v15", V15_CASH))
                .withCall("pos.session", "update_closing_control_state_session", NullNode.getInstance())
                .withCall("pos.session", "close_session_from_ui", result("v15", V15_CLOSE));
        ObjectNode context = (ObjectNode) params("v15", V15_CLOSE).path("kwargs").path("context");

        VersionProfile.V15.closing().close(client, context, true, new ClosingRequest(1, new BigDecimal("2.4"),
                List.of(2L), "closed by transcript capture"));

        assertThat(wire(client.lastArgs("pos.session", "post_closing_cash_details"))).isEqualTo(
                wire(params("v15", V15_CASH).path("args")));
        assertThat(client.lastKwargs("pos.session", "post_closing_cash_details").path("counted_cash").decimalValue())
                .isEqualByComparingTo(params("v15", V15_CASH).path("kwargs").path("counted_cash").decimalValue());
        assertThat(wire(client.lastArgs("pos.session", "update_closing_control_state_session"))).isEqualTo(
                wire(params("v15", V15_STATE).path("args")));
        assertThat(wire(client.lastArgs("pos.session", "close_session_from_ui"))).isEqualTo(
                wire(params("v15", V15_CLOSE).path("args")));
        assertThat(wire(client.lastKwargs("pos.session", "close_session_from_ui"))).isEqualTo(
                wire(params("v15", V15_CLOSE).path("kwargs")));
    }

    @Test
    void withoutCashControlThePopupSendsNoCashCount() throws Exception {
        FakeOdooClient client = new FakeOdooClient(new ServerVersion(18, "18.0"))
                .withCall("pos.session", "update_closing_control_state_session", NullNode.getInstance())
                .withCall("pos.session", "close_session_from_ui", result("v15", V15_CLOSE));

        VersionProfile.V18.closing().close(client, Transcripts.read("v15", V15_CLOSE).path("request").path("body")
                .path("params").path("kwargs").path("context").deepCopy(), false, new ClosingRequest(3,
                BigDecimal.ZERO, List.of(2L), ""));

        assertThat(client.lastArgs("pos.session", "post_closing_cash_details")).isNull();
        assertThat(client.lastArgs("pos.session", "close_session_from_ui").toString()).isEqualTo("[3,[[2,0]]]");
    }

    @Test
    void fourteenPressesTheBackendsCloseButton() throws Exception {
        String name = "100-setup-close-old-session";
        FakeOdooClient client = new FakeOdooClient(new ServerVersion(14, "14.0"))
                .withCall("pos.session", "action_pos_session_closing_control", result("v14", name));

        VersionProfile.V14.closing().close(client, (ObjectNode) params("v14", name).path("kwargs").path("context"),
                false, new ClosingRequest(1, BigDecimal.ZERO, List.of(2L), ""));

        assertThat(wire(client.lastArgs("pos.session", "action_pos_session_closing_control"))).isEqualTo(
                wire(params("v14", name).path("args")));
        assertThat(wire(client.lastKwargs("pos.session", "action_pos_session_closing_control"))).isEqualTo(
                wire(params("v14", name).path("kwargs")));
    }

    /** The JSON text as sent: an int and a long of the same value are the same on the wire. */
    private static String wire(JsonNode node) {
        return node.toString();
    }

    private static JsonNode params(String version, String name) {
        return Transcripts.read(version, name).path("request").path("body").path("params");
    }

    private static JsonNode result(String version, String name) {
        return Transcripts.read(version, name).path("response").path("body").path("result");
    }
}
