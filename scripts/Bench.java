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

    record Result(String name, long requests, long errors, double seconds, List<Long> micros) {
        void print() {
            Collections.sort(micros);
            System.out.printf("  %-34s %8.0f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  errors %d of %d%n",
                    name, requests / seconds, pct(0.50), pct(0.95), pct(0.99), errors, requests);
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
        record Scenario(String name, boolean signedIn, String path) {
        }
        List<Result> results = new ArrayList<>();
        for (Scenario s : List.of(
                new Scenario("home page, visitor", false, "/"),
                new Scenario("sign-in page, visitor", false, "/signin"),
                new Scenario("sign-up page, visitor", false, "/signup"),
                new Scenario("home page, signed in", true, "/"),
                new Scenario("my profile, signed in", true, "/my/profile"),
                new Scenario("my enterprise, signed in", true, "/my/enterprise"),
                new Scenario("course catalog, visitor", false, "/catalog"),
                new Scenario("course search, visitor", false, "/catalog?q=listing&language=en"),
                new Scenario("course landing page, visitor", false, "/courses/selling-on-amazon-from-pakistan"))) {
            if (s.name().contains(only)) {
                results.add(scenario(s.name(), base, concurrency, seconds, s.signedIn(), s.path()));
            }
        }
        results.forEach(Result::print);
    }

    static Result scenario(String name, String base, int concurrency, int seconds, boolean signedIn, String path)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(5)).build();
            if (signedIn) {
                signIn(client, base);
            }
            clients.add(client);
        }
        Step step = client -> client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        run(pool, clients, step, 5, new ArrayList<>(), new long[2]);
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        long[] counts = new long[2];
        long start = System.nanoTime();
        run(pool, clients, step, seconds, micros, counts);
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(name, counts[0], counts[1], elapsed, new ArrayList<>(micros));
    }

    static void run(ExecutorService pool, List<HttpClient> clients, Step step, int seconds, List<Long> micros,
            long[] counts) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> futures = new ArrayList<>();
        for (HttpClient client : clients) {
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

    /** Signs in with the demo learner through the real form, keeping the session cookie. */
    static void signIn(HttpClient client, String base) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/signin")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher matcher = VIEW_STATE.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no view state on /signin");
        }
        String form = "signin=signin&email=" + enc("sana@indusleather.example") + "&password=" + enc("demo-Tijarat-2026")
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
