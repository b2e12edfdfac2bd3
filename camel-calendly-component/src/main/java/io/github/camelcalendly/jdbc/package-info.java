/**
 * State that several instances of one application share through a database: the OAuth tokens of Calendly
 * connections, polling watermarks and the like, kept in tables of the application's PostgreSQL (or H2 for a single
 * node). Each store ships the SQL script of its table and can create it itself.
 */
package io.github.camelcalendly.jdbc;
