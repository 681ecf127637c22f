package till.sell;

import till.order.OpenOrder;
import till.register.Register;

/** One change to an open order; called on the I/O thread only, against the newest version of that order. */
@FunctionalInterface
public interface OrderEdit {

    OpenOrder apply(Register register, OpenOrder order) throws Exception;
}
