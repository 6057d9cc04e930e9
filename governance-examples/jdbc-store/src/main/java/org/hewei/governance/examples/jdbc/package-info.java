/**
 * JDBC storage adapter (H2 and PostgreSQL) implementing the GovernanceStore SPI (example; not published).
 */
@NullMarked
package org.hewei.governance.examples.jdbc;

import org.jspecify.annotations.NullMarked;
