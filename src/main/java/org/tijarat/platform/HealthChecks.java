package org.tijarat.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health}: ready when the database answers within two seconds. */
@Readiness
@ApplicationScoped
public class HealthChecks implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(HealthChecks.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return HealthCheckResponse.named("database").status(valid)
                    .withData("product", connection.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException e) {
            // the details (hosts, users) go to the log, not to a public endpoint
            LOG.log(Level.WARNING, "Health check: the database does not answer", e);
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
