package org.tijarat.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The database leg this test run belongs to ({@code it.db}: h2 or mysql, chosen by scripts/test)
 * and the configuration a deployment gets for it: its own data directory under the leg's work
 * directory, and its database.
 */
public final class TestLeg {

    private TestLeg() {
    }

    public static String database() {
        return System.getProperty("it.db", "h2");
    }

    public static Path workDir() {
        return Path.of(System.getProperty("it.workDir", "target/it-" + database())).toAbsolutePath();
    }

    /** Configuration for a deployment named {@code name}, whose data starts empty. */
    public static Map<String, String> configuration(String name, String baseUrl, Map<String, String> extra) {
        Path data = workDir().resolve(name);
        deleteRecursively(data);
        Map<String, String> config = new LinkedHashMap<>();
        config.put("tijarat.base-url", baseUrl);
        config.put("tijarat.data-dir", data.toString());
        config.put("tijarat.demo-data", "false");
        if ("mysql".equals(database())) {
            config.put("tijarat.db.data-source-class", "com.mysql.cj.jdbc.MysqlDataSource");
            config.put("tijarat.db.url", System.getProperty("it.mysql.url"));
            config.put("tijarat.db.user", System.getProperty("it.mysql.user"));
            config.put("tijarat.db.password", System.getProperty("it.mysql.password"));
        }
        // quick to reach in tests; the growing delays themselves are measured with the adjustable clock
        config.put("tijarat.signin.account.free-failures", "3");
        config.put("tijarat.signin.address.free-failures", "10");
        config.put("tijarat.signin.first-delay", "PT1M");
        // certificates are signed as in scripts/run: with a key generated in the deployment's data directory
        config.put("tijarat.keys.generate-if-missing", "true");
        config.putAll(extra);
        return config;
    }

    public static Path mailLog(String name) {
        return workDir().resolve(name).resolve("mail.log");
    }

    static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
