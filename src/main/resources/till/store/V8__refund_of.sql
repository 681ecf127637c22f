-- A refund is a paid order whose lines give back lines of one earlier paid order of this till: refund_of holds that
-- original's uid (NULL for a sale, and for every order stored before refunds existed). It lets the till sum what was
-- already refunded of an order without reading every paid order, and lets the sender hold a refund back until its
-- original is confirmed by the server (docs/refunds.md). Written to be safe to run again.
ALTER TABLE paid_orders ADD COLUMN IF NOT EXISTS refund_of VARCHAR(64);
CREATE INDEX IF NOT EXISTS paid_orders_refund_of ON paid_orders (refund_of);
