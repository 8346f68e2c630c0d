package dev.consolidator.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Records webhook deliveries; the delivery id is the primary key, so a redelivery is detected, never stored twice. */
public final class DeliveryStore {
    /** What happened to a delivery we were asked to record. */
    public enum Outcome { STORED, DUPLICATE }

    private final Database db;

    public DeliveryStore(Database db) {
        this.db = db;
    }

    /** Stores a delivery the bot does not act on (status ignored). */
    public Outcome recordIgnored(Delivery delivery) throws SQLException {
        return insertOnce(c -> insertDelivery(c, delivery, Delivery.IGNORED));
    }

    /** Stores the delivery and its job (both queued) in one transaction. */
    public Outcome recordWithJob(Delivery delivery, String payload) throws SQLException {
        return insertOnce(c -> {
            insertDelivery(c, delivery, Delivery.QUEUED);
            return JobStore.insertQueued(c, delivery, payload);
        });
    }

    /** The most recent deliveries, newest first. */
    public List<Delivery> recent(int limit) throws SQLException {
        try (Connection c = db.connection()) {
            return Jdbc.list(c, "SELECT * FROM deliveries ORDER BY received_at DESC, delivery_id DESC LIMIT ?",
                    DeliveryStore::delivery, limit);
        }
    }

    /** Where a page of {@link #page} starts: after the delivery received at {@code receivedAt} with this id. */
    public record Cursor(Instant receivedAt, String deliveryId) {
    }

    /** Up to {@code limit} deliveries, newest first, starting after the cursor (from the newest without one). */
    public List<Delivery> page(Optional<Cursor> after, int limit) throws SQLException {
        if (after.isEmpty()) {
            return recent(limit);
        }
        Cursor cursor = after.get();
        try (Connection c = db.connection()) {
            return Jdbc.list(c, "SELECT * FROM deliveries WHERE received_at < ?"
                    + " OR (received_at = ? AND delivery_id < ?) ORDER BY received_at DESC, delivery_id DESC LIMIT ?",
                    DeliveryStore::delivery, cursor.receivedAt(), cursor.receivedAt(), cursor.deliveryId(), limit);
        }
    }

    public Optional<Delivery> find(String deliveryId) throws SQLException {
        try (Connection c = db.connection()) {
            return Jdbc.first(c, "SELECT * FROM deliveries WHERE delivery_id = ?", DeliveryStore::delivery, deliveryId);
        }
    }

    public long count() throws SQLException {
        try (Connection c = db.connection()) {
            return Jdbc.first(c, "SELECT COUNT(*) FROM deliveries", rs -> rs.getLong(1)).orElseThrow();
        }
    }

    // Two identical deliveries racing both pass any "exists?" check, so we rely on the primary key instead.
    private Outcome insertOnce(SqlWork<?> insert) throws SQLException {
        try {
            return db.transaction(c -> {
                insert.run(c);
                return Outcome.STORED;
            });
        } catch (SQLException e) {
            if (Jdbc.isUniqueViolation(e)) {
                return Outcome.DUPLICATE;
            }
            throw e;
        }
    }

    private static int insertDelivery(Connection c, Delivery d, String status) throws SQLException {
        return Jdbc.update(c, "INSERT INTO deliveries (delivery_id, event, action, repository, installation_id, status,"
                + " received_at) VALUES (?, ?, ?, ?, ?, ?, ?)", d.deliveryId(), d.event(), d.action(), d.repository(),
                d.installationId(), status, d.receivedAt());
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(rs.getString("delivery_id"), rs.getString("event"), rs.getString("action"),
                rs.getString("repository"), Jdbc.longValue(rs, "installation_id"), rs.getString("status"),
                Jdbc.instant(rs, "received_at"));
    }
}
