package org.tijarat.testing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test deployments are the WAR that ships, with only its configuration swapped and the test
 * helpers (adjustable clock, acting caller, test REST endpoints) added.
 */
public final class TestDeployments {

    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    private TestDeployments() {
    }

    /** An Arquillian deployment for in-server tests of one capability. */
    public static WebArchive inServer(String name, Class<?>... testClasses) {
        return inServer(name, Map.of(), testClasses);
    }

    /** The same, with configuration the capability's tests need (smaller limits, say). */
    public static WebArchive inServer(String name, Map<String, String> extra, Class<?>... testClasses) {
        WebArchive war = shipped(name, "http://localhost:8080", extra);
        war.addClasses(testClasses);
        war.addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
        return war;
    }

    /** The WAR shipped, configured for the current leg, with the test helpers in it. */
    public static WebArchive shipped(String name, String baseUrl, Map<String, String> extra) {
        File built = new File(System.getProperty("tijarat.war", "target/tijarat.war"));
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, built);
        WebArchive renamed = ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(war);
        String config = read(renamed, CONFIG) + "\n# test leg " + TestLeg.database() + "\n" + format(TestLeg.configuration(name, baseUrl, extra));
        renamed.delete(CONFIG);
        renamed.add(new StringAsset(config), CONFIG);
        renamed.addClasses(AdjustableClock.class, ActingCaller.class, TestClockResource.class, Transactions.class,
                FailingServlet.class, Refusals.class);
        return renamed;
    }

    private static String format(Map<String, String> properties) {
        StringBuilder out = new StringBuilder();
        properties.forEach((key, value) -> out.append(key).append('=')
                .append(value.replace("\\", "\\\\")).append('\n'));
        return out.toString();
    }

    private static String read(WebArchive war, String path) {
        try (InputStream in = war.get(path).getAsset().openStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
