package io.github.camelcalendly.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The SQL a {@link JdbcTokenStore} runs on its table (see {@code calendly-token-store.sql}), on a connection its
 * caller manages: plain SQL that PostgreSQL and H2 both accept. The table name was validated by {@link JdbcTable}.
 */
final class TokenRowStatements {

    private static final String COLUMNS = "encryption, key_id, tokens, refresh_token_sha256";

    private final String select;
    private final String selectForUpdate;
    private final String insert;
    private final String update;
    private final String updateIfHash;
    private final String updateIfNoHash;
    private final String delete;

    TokenRowStatements(String table) {
        select = "SELECT " + COLUMNS + " FROM " + table + " WHERE connection_id = ?";
        selectForUpdate = select + " FOR UPDATE";
        insert = "INSERT INTO " + table + " (connection_id, " + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?)";
        update = "UPDATE " + table + " SET encryption = ?, key_id = ?, tokens = ?, refresh_token_sha256 = ?,"
                 + " updated_at = ? WHERE connection_id = ?";
        updateIfHash = update + " AND refresh_token_sha256 = ?";
        updateIfNoHash = update + " AND refresh_token_sha256 IS NULL";
        delete = "DELETE FROM " + table + " WHERE connection_id = ?";
    }

    /** The row of {@code connectionId}, locked until the transaction ends when {@code lock}; null when none. */
    TokenRowCodec.Row select(Connection c, String connectionId, boolean lock) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(lock ? selectForUpdate : select)) {
            s.setString(1, connectionId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new TokenRowCodec.Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)) : null;
            }
        }
    }

    /**
     * Inserts the row; false when a row with the id exists already. The insert runs behind a savepoint when the
     * connection is in a transaction, so that a refused insert leaves the transaction usable (PostgreSQL aborts a
     * transaction at its first error otherwise).
     */
    boolean insert(Connection c, String connectionId, TokenRowCodec.Row row) throws SQLException {
        java.sql.Savepoint savepoint = c.getAutoCommit() ? null : c.setSavepoint();
        try (PreparedStatement s = c.prepareStatement(insert)) {
            s.setString(1, connectionId);
            bind(s, 2, row);
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (!JdbcTable.isUniqueViolation(e)) {
                throw e;
            }
            if (savepoint != null) {
                c.rollback(savepoint);
            }
            return false;
        }
    }

    /**
     * Replaces the columns of the row of {@code connectionId}; with {@code compare}, only while its refresh token
     * hash is {@code expectedHash} (null: the row has no refresh token).
     *
     * @return the number of rows changed: 0 or 1
     */
    int update(Connection c, String connectionId, TokenRowCodec.Row row, boolean compare, String expectedHash)
            throws SQLException {
        String sql = !compare ? update : expectedHash == null ? updateIfNoHash : updateIfHash;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, 1, row);
            s.setString(6, connectionId);
            if (compare && expectedHash != null) {
                s.setString(7, expectedHash);
            }
            return s.executeUpdate();
        }
    }

    /** Deletes the row of {@code connectionId}, if any. */
    Void delete(Connection c, String connectionId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(delete)) {
            s.setString(1, connectionId);
            s.executeUpdate();
            return null;
        }
    }

    private static void bind(PreparedStatement s, int first, TokenRowCodec.Row row) throws SQLException {
        s.setString(first, row.encryption());
        s.setString(first + 1, row.keyId());
        s.setString(first + 2, row.tokens());
        s.setString(first + 3, row.refreshTokenSha256());
        s.setObject(first + 4, OffsetDateTime.now(ZoneOffset.UTC));
    }
}
