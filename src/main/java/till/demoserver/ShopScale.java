package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A supermarket-sized shop for the demo server ({@code --products N}): N products with realistic names, default
 * codes, valid EAN-13 barcodes, prices, taxes and a write date each, in categories of very different sizes (Groceries
 * holds 17.4 %, ~8 700 of 50 000; Gift cards a handful), and a customer per 50 products. Each record is a copy of
 * the profile's first recorded one with its fields replaced, so every profile answers in its own shape.
 * Deterministic: the same N gives the same shop. Stateless.
 */
public final class ShopScale {

    /** Category names and their shares of the products; the rest goes to the first. */
    private static final String[] CATEGORIES = {"Groceries", "Beverages", "Household", "Hardware", "Garden", "Paint",
        "Electrical", "Plumbing", "Tools", "Personal Care", "Frozen", "Bakery", "Dairy", "Pet Supplies", "Toys",
        "Stationery", "Seasonal", "Gift Cards"};
    private static final double[] SHARES = {0.174, 0.11, 0.095, 0.0958, 0.08, 0.07, 0.07, 0.06, 0.05, 0.05, 0.04,
        0.03, 0.025, 0.02, 0.015, 0.01, 0.005, 0.0002};
    private static final String[] BRANDS = {"Hillcrest", "Nordvik", "Sunfield", "Oakmoor", "Bluewater", "Redstone",
        "Greenway", "Silverline", "Maple & Co", "Ironbridge", "Fairhaven", "Westbrook"};
    private static final String[] KINDS = {"Classic", "Organic", "Extra", "Premium", "Value", "Original", "Light",
        "Heavy Duty", "Family", "Compact", "Fresh", "Select"};
    private static final String[] ITEMS = {"Oat Flakes", "Basmati Rice", "Olive Oil", "Orange Juice", "Dish Soap",
        "Wood Screws", "Garden Hose", "Wall Paint", "LED Bulb", "Pipe Fitting", "Claw Hammer", "Shampoo",
        "Peas", "Sourdough Bread", "Cheddar", "Dog Food", "Puzzle", "Notebook", "Candles", "Gift Card", "Coffee Beans",
        "Tomato Sauce", "Sponges", "Cable Ties", "Plant Pots", "Masking Tape", "Extension Lead", "Toothpaste"};
    private static final String[] SIZES = {"250 g", "500 g", "1 kg", "1 l", "2 l", "6 pack", "10 pcs", "50 pcs",
        "5 m", "25 m", "100 ml", "XL"};
    private static final String[] FIRST = {"Anna", "Ben", "Chloe", "David", "Emma", "Felix", "Grace", "Henry", "Iris",
        "Jonas", "Klara", "Liam", "Mia", "Noah", "Olivia", "Paul"};
    private static final String[] LAST = {"Smith", "Jones", "Meyer", "Garcia", "Rossi", "Novak", "Dubois", "Larsen",
        "Kowalski", "Silva", "Brown", "Fischer"};
    private static final DateTimeFormatter ODOO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final int FIRST_CATEGORY_ID = 1_001;
    static final int FIRST_PRODUCT_ID = 100_001;
    static final int FIRST_CUSTOMER_ID = 100_001;

    private ShopScale() {
    }

    /** Adds the generated shop to the demo data; nothing for 0 products. */
    /** Why a generated shop is refused on 19. */
    public static final String NOT_ON_NINETEEN = "--products is not built for profile 19 yet: 19 reads product names,"
            + " taxes and categories from product.template, which the generator does not write";

    /** Whether the generator writes this profile's shape: 14-18 (19 keeps its products in templates). */
    public static boolean serves(Profile profile) {
        return profile != Profile.V19;
    }

    static void addTo(DemoData data, int products, Clock clock) {
        if (products == 0) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).withNano(0);
        List<Integer> categoryOf = categoryAssignment(products);
        addCategories(data, now);
        List<Integer> taxes = data.all("account.tax").stream().map(t -> t.get("id").asInt()).toList();
        ObjectNode template = data.all("product.product").get(0);
        for (int i = 0; i < products; i++) {
            data.put("product.product", product(template, i, categoryOf.get(i), taxes,
                    now.minusMinutes(i % 10_000)));
        }
        ObjectNode partner = data.all("res.partner").get(0);
        for (int i = 0; i < products / 50; i++) {
            data.put("res.partner", customer(partner, i, now.minusMinutes(i)));
        }
    }

    /** The category index of each product: shares as above, shuffled so that ids do not run category by category. */
    static List<Integer> categoryAssignment(int products) {
        List<Integer> assignment = new ArrayList<>(products);
        for (int c = 1; c < CATEGORIES.length; c++) {
            long count = Math.round(SHARES[c] * products);
            for (long n = 0; n < count && assignment.size() < products; n++) {
                assignment.add(c);
            }
        }
        while (assignment.size() < products) {
            assignment.add(0);
        }
        Collections.shuffle(assignment, new Random(products));
        return assignment;
    }

    static String categoryName(int index) {
        return CATEGORIES[index];
    }

    private static void addCategories(DemoData data, LocalDateTime now) {
        ObjectNode template = data.all("pos.category").get(0);
        for (int c = 0; c < CATEGORIES.length; c++) {
            ObjectNode category = template.deepCopy();
            category.put("id", FIRST_CATEGORY_ID + c);
            category.put("name", CATEGORIES[c]);
            category.put("parent_id", false);
            setIfPresent(category, "child_id", JsonRpc.NODES.arrayNode());
            setIfPresent(category, "child_ids", JsonRpc.NODES.arrayNode());
            setIfPresent(category, "sequence", JsonRpc.NODES.numberNode(c + 10));
            category.put("write_date", now.format(ODOO_TIME));
            data.put("pos.category", category);
        }
        // A shop that limits its POS to some categories (the 17/18 recordings do) offers the ones it sells in.
        for (ObjectNode config : data.all("pos.config")) {
            if (config.path("limit_categories").asBoolean(false)
                    && config.path("iface_available_categ_ids").isArray()) {
                ArrayNode offered = (ArrayNode) config.get("iface_available_categ_ids");
                for (int c = 0; c < CATEGORIES.length; c++) {
                    offered.add(FIRST_CATEGORY_ID + c);
                }
                data.put("pos.config", config);
            }
        }
    }

    private static ObjectNode product(ObjectNode template, int i, int category, List<Integer> taxes,
                                      LocalDateTime written) {
        ObjectNode p = template.deepCopy();
        int id = FIRST_PRODUCT_ID + i;
        String name = BRANDS[i % BRANDS.length] + " " + KINDS[(i / 12) % KINDS.length] + " "
                + ITEMS[(i / 144 + category) % ITEMS.length] + " " + SIZES[(i / 7) % SIZES.length];
        String code = CATEGORIES[category].substring(0, 3).toUpperCase(Locale.ROOT) + "-"
                + String.format(Locale.ROOT, "%06d", i + 1);
        double price = (49 + (i * 7_919L) % 19_950) / 100.0;
        p.put("id", id);
        p.put("name", name);
        p.put("default_code", code);
        p.put("barcode", ean13("20" + String.format(Locale.ROOT, "%010d", i + 1)));
        setIfPresent(p, "display_name", JsonRpc.NODES.textNode("[" + code + "] " + name));
        setIfPresent(p, "lst_price", JsonRpc.NODES.numberNode(price));
        setIfPresent(p, "list_price", JsonRpc.NODES.numberNode(price));
        setIfPresent(p, "sequence", JsonRpc.NODES.numberNode(i + 1));
        setIfPresent(p, "to_weight", JsonRpc.NODES.booleanNode(false));
        int categoryId = FIRST_CATEGORY_ID + category;
        setIfPresent(p, "pos_categ_id", JsonRpc.NODES.arrayNode().add(categoryId).add(CATEGORIES[category]));
        setIfPresent(p, "pos_categ_ids", JsonRpc.NODES.arrayNode().add(categoryId));
        ArrayNode taxIds = JsonRpc.NODES.arrayNode();
        if (!taxes.isEmpty() && i % 10 != 9) {
            taxIds.add(taxes.get(i % 5 == 4 && taxes.size() > 1 ? 1 : 0));
        }
        p.set("taxes_id", taxIds);
        setIfPresent(p, "product_tmpl_id", JsonRpc.NODES.arrayNode().add(id).add("[" + code + "] " + name));
        p.put("write_date", written.format(ODOO_TIME));
        return p;
    }

    private static ObjectNode customer(ObjectNode template, int i, LocalDateTime written) {
        ObjectNode c = template.deepCopy();
        String first = FIRST[i % FIRST.length];
        String last = LAST[(i / FIRST.length) % LAST.length];
        c.put("id", FIRST_CUSTOMER_ID + i);
        c.put("name", first + " " + last + " " + (i + 1));
        setIfPresent(c, "email", JsonRpc.NODES.textNode(first.toLowerCase(Locale.ROOT) + "."
                + last.toLowerCase(Locale.ROOT) + (i + 1) + "@example.com"));
        setIfPresent(c, "phone", JsonRpc.NODES.textNode(String.format(Locale.ROOT, "+1 555 %07d", i + 1)));
        setIfPresent(c, "barcode", JsonRpc.NODES.booleanNode(false));
        setIfPresent(c, "street", JsonRpc.NODES.textNode((i % 200 + 1) + " Market Street"));
        c.put("write_date", written.format(ODOO_TIME));
        return c;
    }

    /** A valid EAN-13: the twelve digits and their check digit. */
    static String ean13(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = twelveDigits.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : 3 * digit;
        }
        return twelveDigits + (10 - sum % 10) % 10;
    }

    private static void setIfPresent(ObjectNode record, String field, JsonNode value) {
        if (record.has(field)) {
            record.set(field, value);
        }
    }
}
