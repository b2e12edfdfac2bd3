package io.github.camelcalendly.jdbc;

/**
 * The SQL a {@link JdbcStateRepository} runs on its table (columns of the script
 * {@value JdbcStateRepository#SCRIPT}), for a table name {@link JdbcTable} validated.
 */
final class StateStatements {

    private final String select;
    private final String update;
    private final String insert;
    private final String probe;

    StateStatements(String table) {
        this.select = "SELECT state_value FROM " + table + " WHERE state_key = ?";
        this.update = "UPDATE " + table + " SET state_value = ?, updated_at = CURRENT_TIMESTAMP WHERE state_key = ?";
        this.insert = "INSERT INTO " + table + " (state_key, state_value) VALUES (?, ?)";
        this.probe = "SELECT state_key, state_value FROM " + table + " WHERE 1 = 0";
    }

    String select() {
        return select;
    }

    String update() {
        return update;
    }

    String insert() {
        return insert;
    }

    String probe() {
        return probe;
    }
}
