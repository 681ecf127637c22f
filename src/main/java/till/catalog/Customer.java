package till.catalog;

/** A customer ({@code res.partner}) cached for the till. Immutable; absent fields are empty strings. */
public record Customer(long id, String name, String phone, String email, String address) {

    public Customer {
        phone = phone == null ? "" : phone;
        email = email == null ? "" : email;
        address = address == null ? "" : address;
    }
}
