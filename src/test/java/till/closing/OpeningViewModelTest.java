package till.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import till.fx.Async;
import till.session.ClosingException;
import till.session.ClosingRequest;
import till.session.Denominations;
import till.session.OpeningRequest;
import till.session.ServerSession;
import till.session.SessionOpening;
import till.session.SessionServer;

/** The opening screen's logic without a toolkit: the I/O and the UI executor are the calling thread. */
class OpeningViewModelTest {

    private final OpeningServer server = new OpeningServer();
    private final List<Long> opened = new ArrayList<>();

    private OpeningViewModel model(String threshold) {
        OpeningViewModel model = new OpeningViewModel(new SessionOpening(server), Denominations.of("EUR"),
                new BigDecimal(threshold), opened::add, Async.sameThread(), Locale.ENGLISH);
        model.load();
        return model;
    }

    @Test
    void theNextSessionIsCreatedAndItsExpectedCashIsTheLastClosingsCount() {
        OpeningViewModel model = model("0");

        assertThat(server.created).isTrue();
        assertThat(model.step().get()).isEqualTo(OpeningViewModel.Step.COUNTING);
        assertThat(model.sessionName().get()).isEqualTo("/");
        assertThat(model.count().expected().get()).isEqualByComparingTo("40.00");
        assertThat(model.canOpen().get()).as("a difference of 40 needs a note").isFalse();
    }

    @Test
    void confirmSendsTheCountAndNoteAndTellsTheTillWhichSessionToSellOn() {
        OpeningViewModel model = model("0");
        model.count().pieces().get(new BigDecimal("20")).set(2);
        model.count().pieces().get(new BigDecimal("0.50")).set(1);
        assertThat(model.count().difference().get()).hasValueSatisfying(d -> assertThat(d)
                .isEqualByComparingTo("0.50"));
        model.note().set("fifty cents found");

        model.open();

        assertThat(server.openings).singleElement().satisfies(r -> {
            assertThat(r.sessionId()).isEqualTo(7);
            assertThat(r.countedCash()).isEqualByComparingTo("40.50");
            assertThat(r.note()).isEqualTo("fifty cents found");
        });
        assertThat(model.step().get()).isEqualTo(OpeningViewModel.Step.OPENED);
        assertThat(model.sessionName().get()).isEqualTo("Shop/00007");
        assertThat(opened).containsExactly(7L);
    }

    @Test
    void anExactCountNeedsNoNoteAndARefusalKeepsTheCountForAnotherTry() {
        OpeningViewModel model = model("0");
        model.count().pieces().get(new BigDecimal("20")).set(2);
        assertThat(model.canOpen().get()).isTrue();
        server.refusal = Optional.of("The server did not open the session: no cash journal.");

        model.open();

        assertThat(model.step().get()).isEqualTo(OpeningViewModel.Step.FAILED);
        assertThat(model.message().get()).contains("no cash journal");
        assertThat(model.canOpen().get()).isTrue();
        assertThat(opened).isEmpty();
    }

    /** A server whose configuration has no open session until the opening creates one (id 7, 40.00 expected). */
    private static final class OpeningServer implements SessionServer {

        final List<OpeningRequest> openings = new ArrayList<>();
        volatile boolean created;
        volatile Optional<String> refusal = Optional.empty();
        private volatile ServerSession session = null;

        @Override
        public ServerSession session(long sessionId) {
            return session;
        }

        @Override
        public void close(ClosingRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ServerSession> current() {
            return Optional.ofNullable(session);
        }

        @Override
        public void create() {
            created = true;
            session = new ServerSession(7, "/", "opening_control", new BigDecimal("40.00"));
        }

        @Override
        public void open(OpeningRequest request) throws ClosingException {
            if (refusal.isPresent()) {
                throw new ClosingException(ClosingException.Kind.REFUSED, refusal.get(), null);
            }
            openings.add(request);
            session = new ServerSession(7, "Shop/00007", "opened", request.countedCash());
        }
    }
}
