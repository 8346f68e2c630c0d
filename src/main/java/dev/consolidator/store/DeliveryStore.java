package dev.consolidator.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Records webhook deliveries; the delivery id is the primary key, so a redelivery is detected, never stored twice. */
public final class DeliveryStore {
    /** What happened to a delivery we were asked to record. */
    public enum Outcome { STORED, DUPLICATE }

    private static final String UNIQUE_VIOLATION = "23505";

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
            JobStore.insertQueued(c, delivery, payload);
        });
    }

    /** The most recent deliveries, newest first. */
    public List<Delivery> recent(int limit) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM deliveries ORDER BY received_at DESC, delivery_id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            return read(ps);
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
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT * FROM deliveries"
                + " WHERE received_at < ? OR (received_at = ? AND delivery_id < ?)"
                + " ORDER BY received_at DESC, delivery_id DESC LIMIT ?")) {
            ps.setObject(1, Jdbc.utc(after.get().receivedAt()));
            ps.setObject(2, Jdbc.utc(after.get().receivedAt()));
            ps.setString(3, after.get().deliveryId());
            ps.setInt(4, limit);
            return read(ps);
        }
    }

    public Optional<Delivery> find(String deliveryId) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM deliveries WHERE delivery_id = ?")) {
            ps.setString(1, deliveryId);
            return read(ps).stream().findFirst();
        }
    }

    public long count() throws SQLException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM deliveries");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private interface Insert {
        void run(Connection c) throws SQLException;
    }

    // Two identical deliveries racing both pass any "exists?" check, so we rely on the primary key instead.
    private Outcome insertOnce(Insert insert) throws SQLException {
        try {
            return db.transaction(c -> {
                insert.run(c);
                return Outcome.STORED;
            });
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return Outcome.DUPLICATE;
            }
            throw e;
        }
    }

    private static void insertDelivery(Connection c, Delivery d, String status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO deliveries "
                + "(delivery_id, event, action, repository, installation_id, status, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, d.deliveryId());
            ps.setString(2, d.event());
            ps.setString(3, d.action());
            ps.setString(4, d.repository());
            if (d.installationId() == null) {
                ps.setNull(5, Types.BIGINT);
            } else {
                ps.setLong(5, d.installationId());
            }
            ps.setString(6, status);
            ps.setObject(7, Jdbc.utc(d.receivedAt()));
            ps.executeUpdate();
        }
    }

    private static List<Delivery> read(PreparedStatement ps) throws SQLException {
        List<Delivery> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long installation = rs.getLong("installation_id");
                out.add(new Delivery(rs.getString("delivery_id"), rs.getString("event"), rs.getString("action"),
                        rs.getString("repository"), rs.wasNull() ? null : installation, rs.getString("status"),
                        Jdbc.instant(rs, "received_at")));
            }
        }
        return out;
    }
}
