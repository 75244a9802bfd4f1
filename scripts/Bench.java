import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for scripts/bench: each scenario runs CONCURRENCY clients (each with its own
 * cookies) for SECONDS after a warm-up, and prints throughput, latency percentiles and errors.
 * Usage: java scripts/Bench.java <base-url> <concurrency> <seconds> [only-scenarios-containing]
 */
public class Bench {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    interface Step {
        HttpResponse<String> run(HttpClient client) throws IOException, InterruptedException;
    }

    record Result(String name, long requests, long errors, double seconds, List<Long> micros, double sqlPerRequest) {
        void print() {
            Collections.sort(micros);
            System.out.printf("  %-34s %8.0f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  SQL %5.1f  errors %d of %d%n",
                    name, requests / seconds, pct(0.50), pct(0.95), pct(0.99), sqlPerRequest, errors, requests);
        }

        double pct(double p) {
            return micros.isEmpty() ? 0 : micros.get((int) Math.min(micros.size() - 1, Math.round(p * (micros.size() - 1)))) / 1000.0;
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int concurrency = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        System.out.printf("Load: %d concurrent clients, %d s per scenario after a 5 s warm-up, against %s%n",
                concurrency, seconds, base);
        String only = args.length > 3 ? args[3] : "";
        List<Result> results = new ArrayList<>();
        IntFunction<String> demoLearner = i -> "sana@indusleather.example";
        // seeded learner i takes courses i, i+1, i+2 (mod 10): see BenchSeed
        IntFunction<String> seeded = i -> "bench.learner." + (i * 1009 + 7) + "@bench.example";
        IntFunction<String> firstCourse = i -> COURSE_SLUGS[(i * 1009 + 7) % COURSE_SLUGS.length];
        for (Scenario s : List.of(
                new Scenario("home page, visitor", null, i -> "/"),
                new Scenario("sign-in page, visitor", null, i -> "/signin"),
                new Scenario("sign-up page, visitor", null, i -> "/signup"),
                new Scenario("home page, signed in", demoLearner, i -> "/"),
                new Scenario("my profile, signed in", demoLearner, i -> "/my/profile"),
                new Scenario("my enterprise, signed in", demoLearner, i -> "/my/enterprise"),
                new Scenario("course catalog, visitor", null, i -> "/catalog"),
                new Scenario("course search, visitor", null, i -> "/catalog?q=listing&language=en"),
                new Scenario("course landing page, visitor", null, i -> "/courses/selling-on-amazon-from-pakistan"),
                new Scenario("learner dashboard, 3-4 courses", seeded, i -> "/my/courses"),
                new Scenario("lesson player, resume", seeded, i -> "/learn/lesson?course=" + firstCourse.apply(i)))) {
            if (s.name().contains(only)) {
                results.add(scenario(s, base, concurrency, seconds));
            }
        }
        System.out.println("  (SQL: statements sent to the database per request, averaged over the measured requests)");
        results.forEach(Result::print);
    }

    static final String[] COURSE_SLUGS = {"selling-on-amazon-from-pakistan", "amazon-par-farokht", "bench-course-2", "bench-course-3",
        "bench-course-4", "bench-course-5", "bench-course-6", "bench-course-7", "bench-course-8", "bench-course-9"};

    /** A page under load: who the clients are (null for visitors) and which address client i asks for. */
    record Scenario(String name, IntFunction<String> user, IntFunction<String> path) {
    }

    static Result scenario(Scenario s, String base, int concurrency, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<HttpClient> clients = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(5)).build();
            if (s.user() != null) {
                signIn(client, base, s.user().apply(i));
            }
            clients.add(client);
            URI uri = URI.create(base + s.path().apply(i));
            steps.add(c -> c.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()));
        }
        run(pool, clients, steps, 5, new ArrayList<>(), new long[2]);
        HttpClient plain = HttpClient.newHttpClient();
        plain.send(HttpRequest.newBuilder(URI.create(base + "/diagnostics/sql?reset")).build(), HttpResponse.BodyHandlers.ofString());
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        long[] counts = new long[2];
        long start = System.nanoTime();
        run(pool, clients, steps, seconds, micros, counts);
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        String path = URI.create(base + s.path().apply(0)).getPath();
        String stats = plain.send(HttpRequest.newBuilder(URI.create(base + "/diagnostics/sql")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        double sql = stats.lines().map(line -> line.split("\t")).filter(cols -> cols.length == 3 && cols[0].equals(path))
                .mapToDouble(cols -> Double.parseDouble(cols[2])).findFirst().orElse(Double.NaN);
        return new Result(s.name(), counts[0], counts[1], elapsed, new ArrayList<>(micros), sql);
    }

    static void run(ExecutorService pool, List<HttpClient> clients, List<Step> steps, int seconds, List<Long> micros,
            long[] counts) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> futures = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            HttpClient client = clients.get(i);
            Step step = steps.get(i);
            futures.add(pool.submit(() -> {
                long requests = 0;
                long errors = 0;
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = step.run(client);
                        if (response.statusCode() != 200 || response.body().contains("id=\"error-")) {
                            errors++;
                        }
                    } catch (IOException e) {
                        errors++;
                    }
                    micros.add((System.nanoTime() - t0) / 1000);
                    requests++;
                }
                return new long[] {requests, errors};
            }));
        }
        for (Future<long[]> future : futures) {
            long[] c = future.get();
            counts[0] += c[0];
            counts[1] += c[1];
        }
    }

    /** Signs in through the real form, keeping the session cookie; every account has the demo password. */
    static void signIn(HttpClient client, String base, String email) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/signin")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher matcher = VIEW_STATE.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no view state on /signin");
        }
        String form = "signin=signin&email=" + enc(email) + "&password=" + enc("demo-Tijarat-2026")
                + "&submit=Sign+in&jakarta.faces.ViewState=" + enc(matcher.group(1));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302) {
            throw new IllegalStateException("sign-in answered " + response.statusCode());
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
