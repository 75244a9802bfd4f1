import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The webinar spike of scripts/bench: 1,800 learners, signed in beforehand, start the same
 * 20-question quiz within 60 s (the quiz page, then its start button), save 20 answers each
 * through the autosave request, a few seconds apart, and submit through the attempt page, all
 * within two minutes. Prints latency percentiles, errors and SQL per request for start, save and
 * submit-and-grade, and writes every acknowledged answer to a file; with --verify (after the server
 * has stopped, so an embedded database can be opened) it checks that each of them is in the database.
 * Usage: java scripts/QuizBench.java <base-url> <webinar-file> <acknowledged-file> [learners [first [answer-gap-seconds
 *        [server-pid database-pid]]]]
 *        java -cp <jdbc jars> scripts/QuizBench.java --verify <acknowledged-file> <jdbc-url> <user> <password>
 */
public class QuizBench {

    static final Pattern ATTEMPT = Pattern.compile("attempt=(\\d+)");
    static final int ANSWERS = 20;
    static final double START_WINDOW_S = 60;
    static final double MAX_ANSWERING_S = 110;
    /** Mean seconds between a learner's answers (each gap drawn between half and one and a half times it). */
    static double answerGapSeconds = 2.5;

    /** One learner: their session cookie, attempt, and the answers the server acknowledged. */
    static final class Learner {
        final String email;
        volatile String session;
        volatile String takeState;
        volatile BrowserConnection connection;
        long attempt;
        final Map<Integer, Integer> acknowledged = new ConcurrentHashMap<>();

        Learner(String email) {
            this.email = email;
        }
    }

    /** Requests in flight at once, as a load balancer in front would allow; waiting for a slot counts in the latency. */
    static final java.util.concurrent.Semaphore IN_FLIGHT = new java.util.concurrent.Semaphore(128);
    static final Map<String, List<Long>> MICROS = new ConcurrentHashMap<>();
    static final Map<String, AtomicLong> ERRORS = new ConcurrentHashMap<>();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(8, r -> {
                Thread thread = new Thread(r, "http");
                thread.setDaemon(true);
                return thread;
            })).build();

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--verify")) {
            verify(Path.of(args[1]), args[2], args[3], args[4]);
            return;
        }
        String base = args[0];
        List<String> lines = Files.readAllLines(Path.of(args[1]));
        long quiz = Long.parseLong(lines.get(0).strip());
        int count = args.length > 3 ? Integer.parseInt(args[3]) : Math.min(1_800, lines.size() - 1);
        int first = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        answerGapSeconds = args.length > 5 ? Double.parseDouble(args[5]) : answerGapSeconds;
        List<Learner> learners = lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).skip(first).limit(count)
                .map(Learner::new).toList();

        long t0 = System.nanoTime();
        try (ExecutorService signIns = Executors.newFixedThreadPool(2)) {
            List<Future<?>> done = new ArrayList<>();
            for (Learner learner : learners) {
                done.add(signIns.submit(() -> {
                    signIn(base, learner);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        System.out.printf("Webinar spike: %d learners signed in (%.0f s, not measured); quiz %d, %d answers each, %.1f s apart on average%n",
                learners.size(), (System.nanoTime() - t0) / 1e9, quiz, ANSWERS, answerGapSeconds);
        HTTP.send(HttpRequest.newBuilder(URI.create(base + "/diagnostics/sql?reset")).build(), HttpResponse.BodyHandlers.ofString());

        QuizCost.Cpu cpu = args.length > 7 ? new QuizCost.Cpu(Long.parseLong(args[6]), Long.parseLong(args[7])) : null;
        long spikeStart = System.nanoTime();
        try (ExecutorService spike = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < learners.size(); i++) {
                Learner learner = learners.get(i);
                long startAt = spikeStart + (long) (i * START_WINDOW_S * 1e9 / learners.size());
                spike.submit(() -> {
                    try {
                        take(base, quiz, learner, startAt);
                    } catch (Exception e) {
                        error("journey (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
                    }
                    return null;
                });
            }
        }
        double spikeSeconds = (System.nanoTime() - spikeStart) / 1e9;
        String stats = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/diagnostics/sql")).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        System.out.printf("  everything done in %.0f s after the first start%n", spikeSeconds);
        if (cpu != null) {
            long[] used = cpu.used();
            System.out.printf("  CPU used in the spike: server %.0f s, database %.0f s, this load generator %.0f s: %.2f of %d cores on average%n",
                    used[0] / 1e3, used[1] / 1e3, used[2] / 1e3, (used[0] + used[1] + used[2]) / 1e3 / spikeSeconds,
                    Runtime.getRuntime().availableProcessors());
        }
        print("quiz start (start button)", "start", stats, "POST /quiz/");
        print("attempt page (20 questions)", "page", stats, "/quiz/take");
        print("answer save (autosave)", "save", stats, "PUT /api/attempts/{n}/answers/{n}");
        print("submit and grade (20 questions)", "submit", stats, "POST /quiz/take");
        List<Long> journeys = new ArrayList<>(MICROS.getOrDefault("journey", List.of()));
        Collections.sort(journeys);
        System.out.printf("  a learner's journey (quiz page to submitted): p50 %.0f s, p95 %.0f s, longest %.0f s%n", pct(journeys, 0.5) / 1e3,
                pct(journeys, 0.95) / 1e3, pct(journeys, 1) / 1e3);
        ERRORS.forEach((what, n) -> System.out.printf("  errors in %s: %d%n", what, n.get()));
        StringBuilder acknowledged = new StringBuilder();
        for (Learner learner : learners) {
            learner.acknowledged.forEach((position, pick) -> acknowledged.append(learner.attempt).append(' ').append(position)
                    .append(' ').append(pick).append('\n'));
        }
        Files.writeString(Path.of(args[2]), acknowledged);
    }

    static void take(String base, long quiz, Learner learner, long startAt) throws Exception {
        sleepUntil(startAt);
        Random random = new Random(learner.email.hashCode());
        long journey = System.nanoTime();
        String page = get(base + "/quiz/?quiz=" + quiz, learner, null).body();
        String form = "start-form=start-form&start=Start&quiz=" + quiz + "&jakarta.faces.ViewState=" + enc(viewState(page));
        BrowserConnection.Reply started = post(base + "/quiz/?quiz=" + quiz, form, learner, "start");
        String location = started.location() == null ? "" : started.location();
        Matcher attempt = ATTEMPT.matcher(location);
        if (started.statusCode() != 302 || !attempt.find()) {
            error("start");
            return;
        }
        learner.attempt = Long.parseLong(attempt.group(1));
        String take = get(base + "/quiz/take?attempt=" + learner.attempt, learner, "page").body();
        String takeState = viewState(take);
        double[] gaps = new double[ANSWERS];
        int[] picks = new int[ANSWERS];
        double total = 0;
        for (int i = 0; i < ANSWERS; i++) {
            gaps[i] = answerGapSeconds * (0.5 + random.nextDouble());
            picks[i] = 1 + random.nextInt(4);
            total += gaps[i];
        }
        // a learner's answers take at most 110 s, so that everyone submits within two minutes of starting
        double scale = Math.min(1, MAX_ANSWERING_S / total);
        long next = System.nanoTime();
        for (int position = 1; position <= ANSWERS; position++) {
            next += (long) (gaps[position - 1] * scale * 1e9);
            sleepUntil(next);
            int pick = picks[position - 1];
            BrowserConnection.Reply saved = put(base + "/api/attempts/" + learner.attempt + "/answers/" + position,
                    "{\"picks\":[" + pick + "]}", learner, "save");
            if (saved.statusCode() == 200) {
                learner.acknowledged.put(position, pick);
            } else {
                error("save");
            }
        }
        StringBuilder submit = new StringBuilder("attempt-form=attempt-form&submit=Submit&attempt=" + learner.attempt);
        learner.acknowledged.forEach((position, pick) -> submit.append("&q").append(position).append('=').append(pick));
        submit.append("&jakarta.faces.ViewState=").append(enc(takeState));
        BrowserConnection.Reply submitted = post(base + "/quiz/take?attempt=" + learner.attempt, submit.toString(), learner, "submit");
        if (submitted.statusCode() != 302 || submitted.location() == null || !submitted.location().contains("/quiz/review")) {
            error("submit");
        }
        record("journey", journey);
    }

    /** Every answer the server acknowledged must be in the database, and every attempt graded. */
    static void verify(Path file, String url, String user, String password) throws Exception {
        Map<Long, Map<Integer, Integer>> expected = new java.util.HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] cols = line.split(" ");
            expected.computeIfAbsent(Long.parseLong(cols[0]), k -> new java.util.HashMap<>())
                    .put(Integer.parseInt(cols[1]), Integer.parseInt(cols[2]));
        }
        long acknowledged = expected.values().stream().mapToLong(Map::size).sum();
        long lost = 0;
        long graded = 0;
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            for (var attempt : expected.entrySet()) {
                Map<Integer, String> stored = new java.util.HashMap<>();
                try (ResultSet rs = db.createStatement().executeQuery("SELECT position, answer FROM attempt_question WHERE attempt_id = "
                        + attempt.getKey())) {
                    while (rs.next()) {
                        stored.put(rs.getInt(1), rs.getString(2));
                    }
                }
                for (var answer : attempt.getValue().entrySet()) {
                    if (!("{\"picks\":[" + answer.getValue() + "]}").equals(stored.get(answer.getKey()))) {
                        lost++;
                    }
                }
                try (ResultSet rs = db.createStatement().executeQuery("SELECT status FROM quiz_attempt WHERE id = " + attempt.getKey())) {
                    graded += rs.next() && "GRADED".equals(rs.getString(1)) ? 1 : 0;
                }
            }
        }
        System.out.printf("  acknowledged answers: %,d; found in the database afterwards: %,d; lost: %d; attempts graded: %d of %d%n",
                acknowledged, acknowledged - lost, lost, graded, expected.size());
    }

    static BrowserConnection.Reply get(String url, Learner learner, String timing) throws Exception {
        long s = System.nanoTime();
        BrowserConnection.Reply response = send(learner, "GET", url, null, null);
        if (timing != null) {
            record(timing, s);
            if (response.statusCode() != 200) {
                error(timing);
            }
        }
        return response;
    }

    static BrowserConnection.Reply post(String url, String form, Learner learner, String timing) throws Exception {
        long s = System.nanoTime();
        BrowserConnection.Reply response = send(learner, "POST", url, "application/x-www-form-urlencoded", form);
        record(timing, s);
        return response;
    }

    static BrowserConnection.Reply put(String url, String json, Learner learner, String timing) throws Exception {
        long s = System.nanoTime();
        BrowserConnection.Reply response = send(learner, "PUT", url, "application/json", json);
        record(timing, s);
        return response;
    }

    /** Sends on the learner's own kept-alive connection, once a slot among the requests in flight is free. */
    static BrowserConnection.Reply send(Learner learner, String method, String url, String contentType, String body) throws Exception {
        if (learner.connection == null) {
            URI uri = URI.create(url);
            learner.connection = new BrowserConnection(uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort());
        }
        IN_FLIGHT.acquire();
        try {
            return learner.connection.send(method, url, learner.session, contentType, body);
        } finally {
            IN_FLIGHT.release();
        }
    }

    /** Signs in, waiting and trying again when the sign-in throttle asks to (the load comes from one address). */
    static void signIn(String base, Learner learner) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                signInOnce(base, learner);
                return;
            } catch (IllegalStateException e) {
                Matcher wait = Pattern.compile("wait (\\d+) second").matcher(String.valueOf(e.getMessage()));
                if (attempt >= 10 || !wait.find()) {
                    throw e;
                }
                Thread.sleep(1000L * Integer.parseInt(wait.group(1)) + 200);
            }
        }
    }

    static void signInOnce(String base, Learner learner) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/signin")).build(), HttpResponse.BodyHandlers.ofString());
        learner.session = cookie(page);
        String form = "signin=signin&email=" + enc(learner.email) + "&password=" + enc("demo-Tijarat-2026")
                + "&submit=Sign+in&jakarta.faces.ViewState=" + enc(viewState(page.body()));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/signin")).header("Cookie", learner.session)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302) {
            Matcher message = Pattern.compile("class=\"messages\".*?</ul>", Pattern.DOTALL).matcher(response.body());
            throw new IllegalStateException("sign-in of " + learner.email + " answered " + response.statusCode()
                    + (message.find() ? ": " + message.group().replaceAll("<[^>]+>", " ").strip() : ""));
        }
        String renewed = cookie(response);
        if (renewed != null) {
            learner.session = renewed;
        }
    }

    static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst().orElse(null);
    }

    /** The page's Faces view state; found without a regular expression, which costs the load generator more than the search. */
    static String viewState(String page) {
        int name = page.indexOf("name=\"jakarta.faces.ViewState\"");
        int value = name < 0 ? -1 : page.indexOf("value=\"", name);
        int end = value < 0 ? -1 : page.indexOf('"', value + 7);
        if (end < 0) {
            throw new IllegalStateException("no view state in a page of " + page.length() + " characters");
        }
        return page.substring(value + 7, end);
    }

    static void record(String what, long startNanos) {
        MICROS.computeIfAbsent(what, k -> Collections.synchronizedList(new ArrayList<>())).add((System.nanoTime() - startNanos) / 1000);
    }

    static void error(String what) {
        ERRORS.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }

    static void print(String name, String what, String stats, String path) {
        List<Long> micros = new ArrayList<>(MICROS.getOrDefault(what, List.of()));
        Collections.sort(micros);
        double sql = stats.lines().map(line -> line.split("\t")).filter(cols -> cols.length == 3 && cols[0].equals(path))
                .mapToDouble(cols -> Double.parseDouble(cols[2])).findFirst().orElse(Double.NaN);
        System.out.printf("  %-34s %7d requests  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  SQL %5.1f  errors %d%n", name, micros.size(),
                pct(micros, 0.50), pct(micros, 0.95), pct(micros, 0.99), sql, ERRORS.getOrDefault(what, new AtomicLong()).get());
    }

    static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.round(p * (sorted.size() - 1)))) / 1000.0;
    }

    static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
