package dev.consolidator.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of JDBC work run inside {@link Database#transaction}. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
