package org.tijarat.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one datasource, for H2 and MySQL alike: every value comes from MicroProfile Config
 * (defaults in {@code META-INF/microprofile-config.properties}, overridden by {@code config/},
 * system properties or environment variables), so the same WAR runs on both databases.
 * Connections are validated on checkout so a database restart heals without hands.
 * Read committed (H2's default, not MySQL's): a transaction that waits for a row lock then reads
 * what the lock holder committed, so "lock, then look" is race-free on both databases.
 */
@Singleton
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "${MPCONFIG=tijarat.db.data-source-class}",
        url = "${MPCONFIG=tijarat.db.url}",
        user = "${MPCONFIG=tijarat.db.user}",
        password = "${MPCONFIG=tijarat.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
public class DataSourceConfiguration {

    public static final String JNDI_NAME = "java:app/jdbc/tijarat";
}
