import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeds the benchmark's volume into a stopped (H2) or running (MySQL) database that the
 * application has migrated and filled with its demo data: 8 more published courses (copies of the
 * starter course), 10,000 enterprises, 30,000 verified learners sharing the demo password's hash,
 * 100,000 enrollments (3 or 4 per learner) and two completed lessons in each.
 * Usage: java -cp <jdbc driver jar> scripts/BenchSeed.java <jdbc-url> <user> <password>
 */
public class BenchSeed {

    static final int COURSES = 10;
    static final int ENTERPRISES = 10_000;
    static final int LEARNERS = 30_000;
    static final String[] SECTORS = {"TEXTILES_AND_APPAREL", "LEATHER_GOODS", "SPORTS_GOODS", "HANDICRAFTS_AND_HOME_DECOR",
        "FOOD_AND_AGRICULTURE", "SURGICAL_AND_MEDICAL"};
    static final String[] PROVINCES = {"PUNJAB", "SINDH", "KHYBER_PAKHTUNKHWA", "BALOCHISTAN", "ISLAMABAD_CAPITAL_TERRITORY"};
    static final String[] CITIES = {"Lahore", "Karachi", "Sialkot", "Faisalabad", "Peshawar", "Quetta", "Islamabad", "Multan"};

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            db.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            String hash = single(db, "SELECT password_hash FROM account WHERE email_normalized = 'sana@indusleather.example'");
            long starter = Long.parseLong(single(db, "SELECT id FROM course WHERE slug = 'selling-on-amazon-from-pakistan'"));
            List<Long> courses = new ArrayList<>();
            try (ResultSet rs = db.createStatement().executeQuery("SELECT id FROM course WHERE published_revision_id IS NOT NULL ORDER BY id")) {
                while (rs.next()) {
                    courses.add(rs.getLong(1));
                }
            }
            for (int i = courses.size(); i < COURSES; i++) {
                courses.add(copyCourse(db, starter, i, now));
            }
            db.commit();
            long[] enterprises = enterprises(db, now);
            db.commit();
            enrollments(db, learners(db, enterprises, hash, now), courses, now);
            db.commit();
            for (long course : courses) {
                List<String> keys = lessonKeys(db, course);
                try (PreparedStatement last = db.prepareStatement("UPDATE enrollment SET last_lesson_key = ? WHERE course_id = ?")) {
                    last.setString(1, keys.get(2));
                    last.setLong(2, course);
                    last.executeUpdate();
                }
                for (String key : keys.subList(0, 2)) {
                    try (PreparedStatement done = db.prepareStatement("INSERT INTO lesson_progress (enrollment_id, lesson_key,"
                            + " position_seconds, watched_seconds, duration_seconds, completed_at, updated_at)"
                            + " SELECT e.id, ?, 0, 0, 0, ?, ? FROM enrollment e JOIN account a ON a.id = e.account_id"
                            + " WHERE e.course_id = ? AND a.email_normalized LIKE 'bench.%'")) {
                        done.setString(1, key);
                        done.setTimestamp(2, now);
                        done.setTimestamp(3, now);
                        done.setLong(4, course);
                        done.executeUpdate();
                    }
                }
                db.commit();
            }
            System.out.printf("Seeded %d courses, %d enterprises, %d learners, %s enrollments, %s lesson completions in %.0f s%n",
                    courses.size(), ENTERPRISES, LEARNERS, single(db, "SELECT COUNT(*) FROM enrollment"),
                    single(db, "SELECT COUNT(*) FROM lesson_progress"), (System.nanoTime() - start) / 1e9);
        }
    }

    /** A published copy of the starter course: course row, owner, and its revision with modules and lessons. */
    static long copyCourse(Connection db, long starter, int n, Timestamp now) throws SQLException {
        long course = insert(db, "INSERT INTO course (slug, title, summary, language_code, course_level, category, estimated_hours,"
                + " status, created_at, draft_changed_at, version) SELECT ?, ?, summary, language_code, course_level, category,"
                + " estimated_hours, status, created_at, draft_changed_at, 1 FROM course WHERE id = ?",
                "bench-course-" + n, "Bench course " + n, starter);
        exec(db, "INSERT INTO course_owner (course_id, account_id) SELECT ?, account_id FROM course_owner WHERE course_id = ?", course, starter);
        long source = Long.parseLong(single(db, "SELECT published_revision_id FROM course WHERE id = " + starter));
        long revision = insert(db, "INSERT INTO course_revision (course_id, revision_number, published_at, published_by, slug, title,"
                + " summary, language_code, course_level, category, estimated_hours, search_key) SELECT ?, 1, published_at, published_by,"
                + " ?, ?, summary, language_code, course_level, category, estimated_hours, search_key FROM course_revision WHERE id = ?",
                course, "bench-course-" + n, "Bench course " + n, source);
        List<long[]> modules = new ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery("SELECT id FROM revision_module WHERE revision_id = " + source + " ORDER BY position")) {
            while (rs.next()) {
                modules.add(new long[] {rs.getLong(1)});
            }
        }
        for (long[] module : modules) {
            long copy = insert(db, "INSERT INTO revision_module (revision_id, module_key, position, title)"
                    + " SELECT ?, module_key, position, title FROM revision_module WHERE id = ?", revision, module[0]);
            exec(db, "INSERT INTO revision_lesson (module_id, lesson_key, position, title, kind, minutes, required, body_html,"
                    + " video_media_id, captions_media_id, video_url, file_media_id, link_url, policy_title, policy_url, policy_effective)"
                    + " SELECT ?, lesson_key, position, title, kind, minutes, required, body_html, video_media_id, captions_media_id,"
                    + " video_url, file_media_id, link_url, policy_title, policy_url, policy_effective FROM revision_lesson WHERE module_id = ?",
                    copy, module[0]);
        }
        exec(db, "UPDATE course SET published_revision_id = ? WHERE id = ?", revision, course);
        return course;
    }

    static long[] enterprises(Connection db, Timestamp now) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO enterprise (legal_name, sector, province, city, city_key,"
                + " employee_band, created_at, version) VALUES (?, ?, ?, ?, ?, 'FROM_2_TO_9', ?, 1)")) {
            for (int i = 0; i < ENTERPRISES; i++) {
                String city = CITIES[i % CITIES.length];
                insert.setString(1, "Bench Enterprise " + i);
                insert.setString(2, SECTORS[i % SECTORS.length]);
                insert.setString(3, PROVINCES[i % PROVINCES.length]);
                insert.setString(4, city);
                insert.setString(5, city.toLowerCase());
                insert.setTimestamp(6, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        long[] ids = new long[ENTERPRISES];
        try (ResultSet rs = db.createStatement().executeQuery("SELECT id FROM enterprise WHERE legal_name LIKE 'Bench Enterprise %' ORDER BY id")) {
            int i = 0;
            while (rs.next()) {
                ids[i++] = rs.getLong(1);
            }
        }
        return ids;
    }

    static long[] learners(Connection db, long[] enterprises, String hash, Timestamp now) throws SQLException {
        long[] ids;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO account (email, email_normalized, display_name, search_key,"
                + " language_code, time_zone, password_hash, status, email_verified_at, enterprise_id, enterprise_role, created_at, version)"
                + " VALUES (?, ?, ?, ?, 'EN', 'Asia/Karachi', ?, 'ACTIVE', ?, ?, ?, ?, 1)")) {
            for (int i = 0; i < LEARNERS; i++) {
                String email = "bench.learner." + i + "@bench.example";
                insert.setString(1, email);
                insert.setString(2, email);
                insert.setString(3, "Bench Learner " + i);
                insert.setString(4, "bench learner " + i + " " + email);
                insert.setString(5, hash);
                insert.setTimestamp(6, now);
                insert.setLong(7, enterprises[i / 3]);
                insert.setString(8, i % 3 == 0 ? "OWNER" : "MEMBER");
                insert.setTimestamp(9, now);
                insert.addBatch();
                if (i % 5000 == 4999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        try (ResultSet rs = db.createStatement().executeQuery("SELECT id FROM account WHERE email_normalized LIKE 'bench.learner.%' ORDER BY id")) {
            ids = new long[LEARNERS];
            int i = 0;
            while (rs.next()) {
                ids[i++] = rs.getLong(1);
            }
        }
        try (PreparedStatement role = db.prepareStatement("INSERT INTO account_role (account_id, role_name) VALUES (?, 'LEARNER')")) {
            for (long id : ids) {
                role.setLong(1, id);
                role.addBatch();
            }
            role.executeBatch();
        }
        return ids;
    }

    /** Learner i takes courses i, i+1, i+2 (and i+3 for every third learner), modulo the number of courses. */
    static void enrollments(Connection db, long[] learners, List<Long> courses, Timestamp now) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO enrollment (course_id, account_id, status, holds_seat,"
                + " created_at, enrolled_at, last_activity_at, version) VALUES (?, ?, 'ACTIVE', 0, ?, ?, ?, 1)")) {
            int batch = 0;
            for (int i = 0; i < learners.length; i++) {
                int count = i % 3 == 0 ? 4 : 3;
                for (int k = 0; k < count; k++) {
                    insert.setLong(1, courses.get((i + k) % courses.size()));
                    insert.setLong(2, learners[i]);
                    insert.setTimestamp(3, now);
                    insert.setTimestamp(4, now);
                    insert.setTimestamp(5, now);
                    insert.addBatch();
                    if (++batch % 5000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }

    static List<String> lessonKeys(Connection db, long course) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery("SELECT l.lesson_key FROM course c JOIN revision_module m ON m.revision_id"
                + " = c.published_revision_id JOIN revision_lesson l ON l.module_id = m.id WHERE c.id = " + course
                + " ORDER BY m.position, l.position")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    static long insert(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, parameters);
            statement.executeUpdate();
            try (ResultSet rs = statement.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void exec(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        }
    }

    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    static String single(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
