package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small Odoo-compatible server on loopback, for the embedded demo and for tests: real HTTP, the JSON-RPC and
 * long-polling shapes of the recorded 14/15 servers, in-memory data, and faults switchable at run time. Over 250
 * lines: it is the demo's one public face for tests and the admin routes, mostly one-line accessors. Thread-safe.
 */
public final class DemoServer implements AutoCloseable {

    public static final String LOGIN = "admin";
    public static final String PASSWORD = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(DemoServer.class);

    private final DemoServerOptions options;
    private final Faults faults = new Faults();
    private final DemoData data;
    private final Bus bus;
    private final HttpSessions sessions;
    private final PosSessions posSessions;
    private final BusRoutes busRoutes;
    private final DemoRouter router;
    private final HttpListener listener;
    private final Websockets websockets;
    private final OrderCalls orderCalls = new OrderCalls();
    private final ProductChanges products;
    private final ProductReads productReads = new ProductReads();
    private final AtomicInteger productLimit = new AtomicInteger(PosDataLoader.LIMITED_PRODUCT_COUNT);
    private volatile String password = PASSWORD;
    private boolean closed;

    private DemoServer(DemoServerOptions options) {
        this.options = options;
        this.listener = new HttpListener(options.port());
        this.data = DemoData.load(options.profile(), options.shopCompany());
        if (options.products() > 0 && !ShopScale.serves(options.profile())) {
            throw new IllegalArgumentException(ShopScale.NOT_ON_NINETEEN);
        }
        ShopScale.addTo(data, options.products(), options.clock());
        WriteDates writes = new WriteDates(options.clock());
        writes.stampMissing(data, "product.product");
        this.products = new ProductChanges(data, writes);
        this.bus = new Bus(options.profile(), options.clock());
        this.sessions = new HttpSessions(options.clock(), faults);
        this.posSessions = new PosSessions(data, options.profile(), options.clock());
        OrderSync orders = new RecordedOrders(options.profile().orders(data, posSessions, faults, bus), orderCalls);
        ModelCalls models = new ModelCalls(data, posSessions, orders, bus, options.profile(),
                new SessionClosingCalls(data, posSessions, faults), productReads, productLimit::get);
        this.busRoutes = new BusRoutes(options, bus, faults);
        OdooRoutes routes = new OdooRoutes(options, sessions, () -> password, models, busRoutes,
                new ServerInfo(options, data, () -> url().toString()));
        this.websockets = new Websockets(bus, sessions, faults, options);
        ServerWebSocketContainer container = ServerWebSocketContainer.ensure(listener.server());
        // Odoo's own idle rules (ping, pong deadline, keep-alive) decide when a socket ends, not Jetty's timer.
        container.setIdleTimeout(Duration.ZERO);
        WebsocketRoute websocket = new WebsocketRoute(options.profile(), faults, sessions, websockets, container,
                data.sessionInfoTemplate().path("websocket_worker_version").asText());
        this.router = new DemoRouter(routes, new AdminRoutes(this), websocket, faults, options.clock(),
                options.profile().cookieMaxAge());
    }

    /** Starts listening on loopback and switches on the options' faults. */
    public static DemoServer start(DemoServerOptions options) throws IOException {
        DemoServer demo = new DemoServer(options);
        demo.listener.start(demo.router);
        options.faults().forEach(demo::inject);
        LOG.info("demo server (Odoo {}) listening on {}", options.profile().serverVersion(), demo.url());
        return demo;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + listener.port());
    }

    public Profile profile() {
        return options.profile();
    }

    public String database() {
        return options.database();
    }

    /** Sends a bus notification (14 shape: any message); returns its id. */
    public long publish(String channel, JsonNode message) {
        return bus.publish(channel, message);
    }

    /** Sends a bus notification as {@code {type, payload}}, the shape 15's {@code _sendone} gives; returns its id. */
    public long publish(String channel, String type, JsonNode payload) {
        ObjectNode message = JsonRpc.NODES.objectNode();
        message.put("type", type);
        message.set("payload", payload);
        return bus.publish(channel, message);
    }

    /** The newest bus notification id (0 when none), what a client holds as {@code last}. */
    public long lastNotificationId() {
        return bus.lastId();
    }

    /** How many long polls are held right now, waiting for a notification or the end of the hold. */
    public int heldPolls() {
        return bus.waitingPolls();
    }

    /** How many requests the {@code hang} fault holds right now: each reached the server and is never answered. */
    public int hungRequests() {
        return faults.hungRequests();
    }

    /** How many websockets are open right now (17/18). */
    public int openWebsockets() {
        return websockets.openCount();
    }

    /**
     * The bus channel the POS of this version subscribes to on the websocket: 17's
     * {@code pos_session-<session id>-<access_token>} of the open session, 18's bare pos.config access token.
     */
    public String posChannel() {
        int current = posSessions.current();
        if (profile().busOnConfigToken()) {
            return data.live("pos.config", 1).path("access_token").asText();
        }
        if (current == 0) {
            throw new IllegalStateException("no open session");
        }
        return "pos_session-" + current + "-" + posSessions.ensureAccessToken(current);
    }

    /** The channel string {@code pos_longpolling} uses for a config, e.g. {@code ["demo","pos.longpolling","1"]}. */
    public String posLongpollingChannel(int configId) {
        return busRoutes.posLongpollingChannel(configId);
    }

    /**
     * Sets the POS configuration's tax display ({@code iface_tax_included}: {@code total} or {@code subtotal}), as a
     * back-office user would; a till reads it at its next catalog load. Each profile starts with its recording's:
     * {@code subtotal} on 14 and 15, {@code total} on 17, 18 and 19.
     */
    public void setTaxDisplay(String value) {
        if (!"total".equals(value) && !"subtotal".equals(value)) {
            throw new IllegalArgumentException("tax display \"" + value + "\" is neither total nor subtotal");
        }
        data.setTextField("pos.config", "iface_tax_included", value);
    }

    /** The POS configuration's {@code iface_tax_included}. */
    public String taxDisplay() {
        synchronized (data) {
            return data.live("pos.config", 1).path("iface_tax_included").asText();
        }
    }

    /** Changes a product's sale price, as a back-office user would. */
    public void setProductPrice(int productId, BigDecimal price) {
        synchronized (data) {
            ObjectNode product = data.live("product.product", productId);
            if (product == null) {
                throw new IllegalArgumentException("no product " + productId);
            }
            product.put("lst_price", price.doubleValue());
            product.put("list_price", price.doubleValue());
            products.written(product);
        }
    }

    /** Raises the price of {@code count} products spread over the catalog, as a back-office user would; their ids. */
    public List<Integer> changeProductPrices(int count) {
        return products.changePrices(count);
    }

    /** Sets {@code active}, {@code available_in_pos} or {@code sale_ok} of a product, as a back-office user would. */
    public void setProductFlag(int productId, String field, boolean value) {
        products.set(productId, field, value);
    }

    /**
     * Sets 17's {@code point_of_sale.limited_product_count} (a system parameter; default 20 000), as an admin would:
     * how many products {@code load_pos_data} sends.
     */
    public void setLimitedProductCount(int count) {
        productLimit.set(count);
    }

    /** How many {@code product.product search_read} calls the server answered, and how many records they carried. */
    public ProductReads.Count productReads() {
        return productReads.count();
    }

    /**
     * Renames a record, as a back-office user would: {@code name} and {@code display_name} change (a product or a
     * customer: what the till shows).
     */
    public void rename(String model, int id, String name) {
        synchronized (data) {
            ObjectNode record = data.live(model, id);
            if (record == null) {
                throw new IllegalArgumentException("no " + model + " " + id);
            }
            record.put("name", name);
            record.put("display_name", name);
            if (model.equals("product.product")) {
                products.written(record);
            }
        }
    }

    /**
     * Changes the admin's password, as Odoo's "Change password" does: the old one is refused from now on, and every
     * session logged in with it expires (Odoo checks a session token derived from the password).
     */
    public void changePassword(String newPassword) {
        if (newPassword == null || newPassword.isEmpty()) {
            throw new IllegalArgumentException("an empty password");
        }
        password = newPassword;
        sessions.expireAll();
        LOG.info("demo server: the admin's password was changed; every login expired");
    }

    /** Closes the shop's open session; orders sent for it later go to a rescue session. Returns its id. */
    public int closeCurrentSession() {
        int current = posSessions.current();
        if (current == 0) {
            throw new IllegalStateException("no open session");
        }
        posSessions.close(current);
        return current;
    }

    /** A copy of a {@code pos.session} record (its state, closing notes, counted cash), or null when there is none. */
    public JsonNode sessionRecord(int sessionId) {
        synchronized (data) {
            JsonNode session = data.live("pos.session", sessionId);
            return session == null ? null : session.deepCopy();
        }
    }

    /**
     * Creates the next session as the dashboard's button does (in {@code opening_control} where the config has cash
     * control, expecting the last closing's count), unless one is open; returns its id.
     */
    public int createSession() {
        return posSessions.open();
    }

    /** Opens a new session (ready to sell, cash counted) unless one is open; returns its id. */
    public int openSession() {
        int id = posSessions.open();
        posSessions.setOpened(id);
        return id;
    }

    /** The {@code pos_reference} of every stored order, oldest first. */
    public List<String> orderReferences() {
        return data.all("pos.order").stream().map(o -> o.get("pos_reference").asText()).toList();
    }

    /**
     * The orders stored more than once, with how many copies: by reference (18: by uuid, the identity it
     * de-duplicates on). A till that sends an order again while the server is still committing the first call makes
     * one, as on Odoo.
     */
    public java.util.Map<String, Integer> duplicates() {
        return data.duplicateOrders(profile().ordersByUuid() ? "uuid" : "pos_reference");
    }

    /** The orders that two order calls carried at the same time at this server (reference, 18: uuid). */
    public List<String> overlappingOrderCalls() {
        return orderCalls.overlapping();
    }

    /** How many order calls carried this order (reference, 18: uuid), the ones still running included. */
    public int orderCalls(String key) {
        return orderCalls.count(key);
    }

    /** How many order calls carried each order, for the orders that more than one call carried. */
    public java.util.Map<String, Integer> repeatedOrderCalls() {
        return orderCalls.repeated();
    }

    /** Switches a fault on (replacing one of the same kind); {@code down} stops listening at once. */
    public synchronized void inject(Fault fault) {
        faults.set(fault);
        if (fault.kind() == FaultKind.DOWN) {
            listener.stopListening();
        }
        websockets.faultOn(fault.kind());
        LOG.info("fault on: {}", fault);
    }

    /** Switches one kind of fault off; clearing {@code down} listens again on the same port. */
    public synchronized void clear(FaultKind kind) {
        boolean wasDown = faults.on(FaultKind.DOWN);
        faults.clear(kind);
        if (kind == FaultKind.DOWN && wasDown && !closed) {
            listener.listenAgain();
        }
        websockets.faultOff(kind);
    }

    public synchronized void clearFaults() {
        for (Fault fault : faults.list()) {
            clear(fault.kind());
        }
        faults.clearAll();
    }

    public List<Fault> faults() {
        return faults.list();
    }

    /** Forgets every login: the next call of any client gets "Session expired" (code 100). */
    public void expireSessions() {
        sessions.expireAll();
    }

    /** Stops listening, releases held polls and hung requests; idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        bus.close();
        faults.releaseHangs();
        websockets.close();
        listener.stop();
    }
}
