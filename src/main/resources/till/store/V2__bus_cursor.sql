-- The push channel's cursor: the highest bus notification id handled, per push server and database, so that a
-- restart neither replays nor loses notifications (till.bus.BusCursor).
CREATE TABLE bus_cursor (
    server_key VARCHAR(1000) PRIMARY KEY,
    last_id BIGINT NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
