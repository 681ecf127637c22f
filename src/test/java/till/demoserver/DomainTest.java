package till.demoserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class DomainTest {

    private static final JsonNode LAMP = json("{\"id\":6,\"name\":\"Office Lamp\",\"sale_ok\":true,"
            + "\"available_in_pos\":true,\"company_id\":false,\"lst_price\":40.0,\"pos_categ_id\":[1,\"Misc\"],"
            + "\"taxes_id\":[1]}");

    private static JsonNode json(String text) {
        try {
            return RecordingClient.JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static boolean matches(String domain) {
        return Domain.matches(json(domain.replace('\'', '"')), LAMP);
    }

    @Test
    void theWebPosProductDomainMatchesASellableProductOfNoCompany() {
        assertThat(matches("['&','&',['sale_ok','=',true],['available_in_pos','=',true],"
                + "'|',['company_id','=',1],['company_id','=',false]]")).isTrue();
        assertThat(matches("['&',['sale_ok','=',false],['available_in_pos','=',true]]")).isFalse();
    }

    @Test
    void leavesCompareManyToOneByIdAndListsByMembership() {
        assertThat(matches("[['pos_categ_id','=',1]]")).isTrue();
        assertThat(matches("[['id','in',[6,27]]]")).isTrue();
        assertThat(matches("[['id','not in',[6]]]")).isFalse();
        assertThat(matches("[['taxes_id','=',1]]")).isTrue();
        assertThat(matches("[['id','!=',6]]")).isFalse();
    }

    @Test
    void comparisonsAndIlikeWork() {
        assertThat(matches("[['lst_price','>',39.99],['lst_price','<',40.01]]")).isTrue();
        assertThat(matches("[['name','ilike','LAMP']]")).isTrue();
        assertThat(matches("['!',['name','ilike','desk']]")).isTrue();
        assertThat(matches("['|',['id','=',1],['id','=',2]]")).isFalse();
    }

    @Test
    void anEmptyDomainMatchesEverything() {
        assertThat(matches("[]")).isTrue();
    }
}
