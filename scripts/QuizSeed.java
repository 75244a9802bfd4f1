import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.Random;

/**
 * Seeds the quiz volume for scripts/bench after BenchSeed: in the starter course, 20 single-choice
 * questions, a "Bench history" quiz with 50,000 graded attempts of 20 answers each (1,000,000 stored
 * answers) spread over the course's seeded learners, and a fresh "Webinar quiz" of the same 20
 * questions for the spike. Writes the webinar quiz id and 1,800 of its learners to a file.
 * Usage: java -cp <jdbc driver jar> scripts/QuizSeed.java <jdbc-url> <user> <password> <out-file>
 */
public class QuizSeed {

    static final int QUESTIONS = 20;
    static final int ATTEMPTS = 50_000;
    static final int SPIKE_LEARNERS = 1_800;
    /** Learners after the two spikes' (compressed and paced), for the CPU-per-request measurement (scripts/QuizCost.java). */
    static final int COST_LEARNERS = 200;

    public static void main(String[] args) throws Exception {
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            db.setAutoCommit(false);
            long start = System.nanoTime();
            Timestamp now = Timestamp.from(Instant.now());
            long course = single(db, "SELECT id FROM course WHERE slug = 'selling-on-amazon-from-pakistan'");
            List<Long> learners = new ArrayList<>();
            List<String> emails = new ArrayList<>();
            try (ResultSet rs = db.createStatement().executeQuery("SELECT a.id, a.email FROM enrollment e JOIN account a ON a.id = e.account_id"
                    + " WHERE e.course_id = " + course + " AND e.status = 'ACTIVE' AND a.email_normalized LIKE 'bench.learner.%' ORDER BY a.id")) {
                while (rs.next()) {
                    learners.add(rs.getLong(1));
                    emails.add(rs.getString(2));
                }
            }
            if (learners.size() < 2 * SPIKE_LEARNERS + COST_LEARNERS) {
                throw new IllegalStateException("only " + learners.size() + " seeded learners in the starter course");
            }
            long category = insert(db, "INSERT INTO question_category (course_id, name, name_key) VALUES (?, 'Bench', 'bench')", course);
            long[] versions = new long[QUESTIONS];
            for (int q = 0; q < QUESTIONS; q++) {
                long question = insert(db, "INSERT INTO question (course_id, category_id, type, name, tags, current_version, created_at, archived, version)"
                        + " VALUES (?, ?, 'SINGLE_CHOICE', ?, ' bench ', NULL, ?, 0, 1)", course, category, "Bench question " + (q + 1), now);
                versions[q] = insert(db, "INSERT INTO question_version (question_id, number, content, points, created_at) VALUES (?, 1, ?, 1, ?)",
                        question, content(q), now);
                try (PreparedStatement update = db.prepareStatement("UPDATE question SET current_version = ? WHERE id = ?")) {
                    update.setLong(1, versions[q]);
                    update.setLong(2, question);
                    update.executeUpdate();
                }
            }
            long history = quiz(db, course, "Bench history", versions, now);
            long webinar = quiz(db, course, "Webinar quiz", versions, now);
            db.commit();
            attempts(db, history, learners, versions, now);
            Files.writeString(Path.of(args[3]), webinar + "\n" + String.join("\n", emails.subList(0, 2 * SPIKE_LEARNERS + COST_LEARNERS)) + "\n");
            System.out.printf("Seeded %d attempts with %,d answers in %.0f s; the webinar quiz is %d%n", ATTEMPTS,
                    (long) ATTEMPTS * QUESTIONS, (System.nanoTime() - start) / 1e9, webinar);
        }
    }

    static String content(int q) {
        StringBuilder choices = new StringBuilder();
        for (int o = 0; o < 4; o++) {
            choices.append(o == 0 ? "" : ",").append("{\"text\":\"Option ").append((char) ('A' + o)).append(" of question ").append(q + 1)
                    .append("\",\"fraction\":").append(o == q % 4 ? 1 : 0).append(",\"feedback\":\"\"}");
        }
        return "{\"type\":\"SINGLE_CHOICE\",\"text\":\"Bench question " + (q + 1) + ": which option is right?\",\"generalFeedback\":\"\","
                + "\"caseSensitive\":false,\"choices\":[" + choices + "],\"pairs\":[],\"numbers\":[],\"rubric\":[]}";
    }

    static long quiz(Connection db, long course, String title, long[] versions, Timestamp now) throws SQLException {
        long quiz = insert(db, "INSERT INTO quiz (course_id, title, description, time_limit_min, opens_at, closes_at, attempts_allowed,"
                + " grading_method, pass_percent, feedback_timing, shuffle_questions, shuffle_options, required, created_at, version)"
                + " VALUES (?, ?, NULL, 30, NULL, NULL, NULL, 'HIGHEST', 60, 'IMMEDIATELY', 0, 1, 0, ?, 1)", course, title, now);
        for (int q = 0; q < versions.length; q++) {
            long question = single(db, "SELECT question_id FROM question_version WHERE id = " + versions[q]);
            insert(db, "INSERT INTO quiz_slot (quiz_id, position, question_id, category_id, draw_count, points) VALUES (?, ?, ?, NULL, 1, NULL)",
                    quiz, q + 1, question);
        }
        return quiz;
    }

    static void attempts(Connection db, long quiz, List<Long> learners, long[] versions, Timestamp now) throws SQLException {
        Random random = new Random(42);
        long firstAttempt = -1;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO quiz_attempt (quiz_id, account_id, number, status, open_flag,"
                + " started_at, deadline_at, submitted_at, auto_submitted, graded_at, score, max_score, percent, version)"
                + " VALUES (?, ?, ?, 'GRADED', NULL, ?, ?, ?, 0, ?, ?, 20, ?, 1)")) {
            for (int a = 0; a < ATTEMPTS; a++) {
                int score = 8 + random.nextInt(13);
                insert.setLong(1, quiz);
                insert.setLong(2, learners.get(a % learners.size()));
                insert.setInt(3, a / learners.size() + 1);
                insert.setTimestamp(4, now);
                insert.setTimestamp(5, now);
                insert.setTimestamp(6, now);
                insert.setTimestamp(7, now);
                insert.setInt(8, score);
                insert.setInt(9, score * 5);
                insert.addBatch();
                if (a % 2000 == 1999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        db.commit();
        firstAttempt = single(db, "SELECT MIN(id) FROM quiz_attempt WHERE quiz_id = " + quiz);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO attempt_question (attempt_id, position, version_id, points,"
                + " option_order, answer, saved_at, score, needs_grading, rubric_levels, comment, graded_by, graded_at)"
                + " VALUES (?, ?, ?, 1, '1,2,3,4', ?, ?, ?, 0, NULL, NULL, NULL, NULL)")) {
            long rows = 0;
            for (long attempt = firstAttempt; attempt < firstAttempt + ATTEMPTS; attempt++) {
                for (int q = 0; q < versions.length; q++) {
                    int pick = 1 + random.nextInt(4);
                    insert.setLong(1, attempt);
                    insert.setInt(2, q + 1);
                    insert.setLong(3, versions[q]);
                    insert.setString(4, "{\"picks\":[" + pick + "]}");
                    insert.setTimestamp(5, now);
                    insert.setInt(6, pick == q % 4 + 1 ? 1 : 0);
                    insert.addBatch();
                    if (++rows % 5000 == 0) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
            }
            insert.executeBatch();
        }
        // the application hands out attempt_question ids in blocks above the highest one
        db.createStatement().executeUpdate("UPDATE id_block SET next_value = (SELECT MAX(id) FROM attempt_question)"
                + " WHERE name = 'attempt_question'");
        db.commit();
    }

    static long insert(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static long single(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
