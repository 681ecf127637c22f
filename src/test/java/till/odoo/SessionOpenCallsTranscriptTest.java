package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import till.session.ClosingException;
import till.session.ClosingRequest;
import till.testsupport.FakeOdooClient;
import till.testsupport.Transcripts;

/**
 * The opening calls are the ones of the transcripts (110: the dashboard's button, 112: the opening count), and 19's
 * close is its closing popup's.
 */
class SessionOpenCallsTranscriptTest {

    @ParameterizedTest
    @CsvSource({
        "V15, v15, 110-setup-open-session, 112-setup-set-cashbox-pos",
        "V17, v17, 110-setup-open-session, 112-setup-set-cashbox-pos",
        "V18, v18, 110-setup-open-session, 112-setup-set-opening-control",
        "V19, v19, 110-setup-open-session, 112-setup-set-opening-control"})
    void eachVersionOpensWithTheCallsOfItsTranscripts(VersionProfile profile, String dir, String create, String count)
            throws Exception {
        JsonNode createCall = params(dir, create);
        JsonNode countCall = params(dir, count);
        FakeOdooClient client = new FakeOdooClient(new ServerVersion(profile.major(), profile.major() + ".0"))
                .withCall("pos.config", method(dir, create), result(dir, create))
                .withCall("pos.session", method(dir, count), NullNode.getInstance());
        ObjectNode context = JsonRpcClient.MAPPER.createObjectNode().put("lang", "en_US").put("tz", "Europe/Brussels")
                .put("uid", 2);
        context.putArray("allowed_company_ids").add(1);

        profile.opening().create(client, context, 1);
        JsonNode args = countCall.path("args");
        profile.opening().open(client, context, true, (args.path(0).isArray() ? args.path(0).path(0) : args.path(0))
                .asLong(), args.path(1).decimalValue(), args.path(2).asText());

        assertThat(client.lastArgs("pos.config", method(dir, create)).toString()).isEqualTo(createCall.path("args")
                .toString());
        assertThat(client.lastArgs("pos.session", method(dir, count)).toString()).isEqualTo(args.toString());
        if (countCall.path("kwargs").has("context")) {
            assertThat(client.lastKwargs("pos.session", method(dir, count)).toString()).isEqualTo(
                    countCall.path("kwargs").toString());
        } else {
            assertThat(client.lastKwargs("pos.session", method(dir, count)).isEmpty()).isTrue();
        }
    }

    @Test
    void fourteenCreatesWithTheDashboardsButtonThenWritesTheBalanceAndOpens() throws Exception {
        FakeOdooClient client = new FakeOdooClient(new ServerVersion(14, "14.0"))
                .withCall("pos.config", "open_session_cb", result("v14", "110-setup-open-session"))
                .withCall("pos.session", "write", JsonRpcClient.MAPPER.getNodeFactory().booleanNode(true))
                .withCall("pos.session", "action_pos_session_open", JsonRpcClient.MAPPER.getNodeFactory()
                        .booleanNode(true));

        VersionProfile.V14.opening().create(client, JsonRpcClient.MAPPER.createObjectNode(), 1);
        VersionProfile.V14.opening().open(client, JsonRpcClient.MAPPER.createObjectNode(), true, 2,
                new BigDecimal("40.5"), "");

        assertThat(client.lastArgs("pos.config", "open_session_cb").toString()).isEqualTo(
                params("v14", "110-setup-open-session").path("args").toString());
        assertThat(client.lastArgs("pos.session", "write").toString()).isEqualTo(
                "[[2],{\"cash_register_balance_start\":40.5}]");
        assertThat(client.lastArgs("pos.session", "action_pos_session_open").toString()).isEqualTo("[[2]]");
    }

    @Test
    void nineteenClosesWithItsPopupsThreeCalls() throws Exception {
        FakeOdooClient fresh = new FakeOdooClient(new ServerVersion(19, "19.0"))
                .withCall("pos.session", "post_closing_cash_details", JsonRpcClient.MAPPER.createObjectNode()
                        .put("successful", true))
                .withCall("pos.session", "update_closing_control_state_session", NullNode.getInstance())
                .withCall("pos.session", "close_session_from_ui", JsonRpcClient.MAPPER.createObjectNode()
                        .put("successful", true));

        VersionProfile.V19.closing().close(fresh, JsonRpcClient.MAPPER.createObjectNode(), true,
                new ClosingRequest(3, new BigDecimal("12.5"), List.of(2L), "evening"));

        assertThat(fresh.lastArgs("pos.session", "post_closing_cash_details").toString()).isEqualTo("[3]");
        assertThat(fresh.lastKwargs("pos.session", "post_closing_cash_details").path("counted_cash").decimalValue())
                .isEqualByComparingTo("12.5");
        assertThat(fresh.lastArgs("pos.session", "update_closing_control_state_session").toString())
                .isEqualTo("[3,\"evening\"]");
        assertThat(fresh.lastArgs("pos.session", "close_session_from_ui").toString()).isEqualTo("[3,[[2,0]]]");
    }

    @Test
    void nineteensRefusalIsShownWithItsTitleAndMessage() {
        FakeOdooClient client = new FakeOdooClient(new ServerVersion(19, "19.0"))
                .withCall("pos.session", "update_closing_control_state_session", NullNode.getInstance())
                .withCall("pos.session", "close_session_from_ui", JsonRpcClient.MAPPER.createObjectNode()
                        .put("successful", false).put("title", "Unposted entries")
                        .put("message", "There are still unposted entries in journal CSH1.").put("redirect", false));

        assertThatThrownBy(() -> VersionProfile.V19.closing().close(client, JsonRpcClient.MAPPER.createObjectNode(),
                false, new ClosingRequest(3, BigDecimal.ZERO, List.of(2L), "")))
                .isInstanceOfSatisfying(ClosingException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ClosingException.Kind.REFUSED);
                    assertThat(e.getMessage()).contains("Unposted entries: There are still unposted entries");
                });
    }

    private static String method(String dir, String name) {
        String path = Transcripts.read(dir, name).path("request").path("path").asText();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static JsonNode params(String dir, String name) {
        return Transcripts.read(dir, name).path("request").path("body").path("params");
    }

    private static JsonNode result(String dir, String name) {
        JsonNode result = Transcripts.read(dir, name).path("response").path("body").path("result");
        return result.isMissingNode() ? NullNode.getInstance() : result;
    }
}
