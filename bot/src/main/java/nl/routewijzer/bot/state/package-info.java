/**
 * Where each conversation stands in its route, kept in a JDBC database (H2 file by default, PostgreSQL in
 * production) so that a restart or another replica continues it. Stores route, content version, node, path
 * and last activity, never what a user typed; every row expires.
 */
package nl.routewijzer.bot.state;
