import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Seeds certificates for the certificate benchmark into a database BenchSeed has filled: COUNT of
 * the seeded enrollments are completed today and get a certificate as the application issues one
 * (a code of the same form and check character, frozen facts, a random status slot), without a
 * stored PDF or a signed credential yet: the first download renders and stores the PDF, the first
 * credential request signs it. Writes the codes, one per line, to the given file.
 * Usage: java -cp <jdbc driver jar> scripts/CertificateSeed.java <jdbc-url> <user> <password> <codes-file> [count]
 */
public class CertificateSeed {

    private static final String DIGITS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String CHECKS = DIGITS + "*~$=U";
    private static final int STATUS_ENTRIES = 131_072;
    private static final SecureRandom RANDOM = new SecureRandom();

    record Completed(long enrollment, long account, long course, Long enterprise, String name, String latin, String email,
            String enterpriseName, String city, String title, String slug) {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        int count = args.length > 4 ? Integer.parseInt(args[4]) : 2_000;
        List<String> codes = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            db.setAutoCommit(false);
            List<Completed> chosen = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement("SELECT e.id, e.account_id, e.course_id, a.enterprise_id,"
                    + " a.display_name, a.latin_name, a.email, en.legal_name, en.city, c.title, c.slug"
                    + " FROM enrollment e JOIN account a ON a.id = e.account_id JOIN course c ON c.id = e.course_id"
                    + " LEFT JOIN enterprise en ON en.id = a.enterprise_id"
                    + " WHERE e.completed_at IS NULL AND e.status = 'ACTIVE' AND a.email LIKE 'bench.learner.%'"
                    + " ORDER BY e.id")) {
                query.setMaxRows(count);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        chosen.add(new Completed(rs.getLong(1), rs.getLong(2), rs.getLong(3), (Long) rs.getObject(4, Long.class),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                                rs.getString(10), rs.getString(11)));
                    }
                }
            }
            if (chosen.size() < count) {
                throw new IllegalStateException("Only " + chosen.size() + " seeded enrollments to certify; run BenchSeed first");
            }
            Set<Integer> taken = new HashSet<>();
            try (ResultSet rs = db.createStatement().executeQuery("SELECT status_index FROM certificate WHERE status_list = 1")) {
                while (rs.next()) {
                    taken.add(rs.getInt(1));
                }
            }
            Instant now = Instant.now();
            Timestamp at = Timestamp.from(now);
            java.sql.Date today = java.sql.Date.valueOf(LocalDate.ofInstant(now, ZoneOffset.UTC));
            try (PreparedStatement complete = db.prepareStatement("UPDATE enrollment SET completed_at = ? WHERE id = ?");
                 PreparedStatement insert = db.prepareStatement("INSERT INTO certificate (code, enrollment_id, enrollment_key,"
                         + " account_id, course_id, enterprise_id, learner_name, learner_name_latin, learner_search, learner_email,"
                         + " enterprise_name, enterprise_city, course_title, course_slug, program_name, completed_on, issued_at,"
                         + " grade_percent, expires_on, status, status_list, status_index, verification_count, version)"
                         + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Tijarat Academy', ?, ?, ?, NULL, 'ISSUED', 1, ?, 0, 1)")) {
                int n = 0;
                for (Completed c : chosen) {
                    complete.setTimestamp(1, at);
                    complete.setLong(2, c.enrollment());
                    complete.addBatch();
                    String code = code();
                    codes.add(code);
                    int slot;
                    do {
                        slot = RANDOM.nextInt(STATUS_ENTRIES);
                    } while (!taken.add(slot));
                    insert.setString(1, code);
                    insert.setLong(2, c.enrollment());
                    insert.setLong(3, c.enrollment());
                    insert.setLong(4, c.account());
                    insert.setLong(5, c.course());
                    insert.setObject(6, c.enterprise());
                    insert.setString(7, c.name());
                    insert.setString(8, c.latin());
                    insert.setString(9, c.name().toLowerCase(Locale.ROOT));
                    insert.setString(10, c.email());
                    insert.setString(11, c.enterpriseName());
                    insert.setString(12, c.city());
                    insert.setString(13, c.title());
                    insert.setString(14, c.slug());
                    insert.setDate(15, today);
                    insert.setTimestamp(16, at);
                    insert.setBigDecimal(17, n % 3 == 0 ? null : java.math.BigDecimal.valueOf(60 + RANDOM.nextInt(4000) / 100.0));
                    insert.setInt(18, slot);
                    insert.addBatch();
                    if (++n % 500 == 0) {
                        complete.executeBatch();
                        insert.executeBatch();
                    }
                }
                complete.executeBatch();
                insert.executeBatch();
            }
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Seeding certificates failed", e);
        }
        Files.write(Path.of(args[3]), codes);
        System.out.printf("Seeded %d certificates in %.1f s%n", codes.size(), (System.nanoTime() - start) / 1e9);
    }

    /** A code as CertificateCode.generate makes one: 26 random Crockford base32 characters and a mod-37 check character. */
    static String code() {
        StringBuilder code = new StringBuilder(27);
        for (int i = 0; i < 26; i++) {
            code.append(DIGITS.charAt(RANDOM.nextInt(32)));
        }
        int remainder = 0;
        for (int i = 0; i < 26; i++) {
            remainder = (remainder * 32 + DIGITS.indexOf(code.charAt(i))) % 37;
        }
        return code.append(CHECKS.charAt(remainder)).toString();
    }
}
