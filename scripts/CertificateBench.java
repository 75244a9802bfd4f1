import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The certificate benchmark for scripts/bench, on certificates CertificateSeed made: PDF downloads
 * by the holder's side (an admin session) when each is rendered and stored for the first time, then
 * served from storage; public lookups of the verification page (one in ten for an unknown code,
 * which must answer 404); and public credential requests ({@code /credentials/{code}.jwt}, signed
 * on first request). Prints throughput, latency percentiles, SQL statements per request and errors
 * in the lines of Bench.java, whose sign-in and report it uses (launched as a multi-file program),
 * and the PDFs' mean size.
 * Usage: java scripts/CertificateBench.java <base-url> <codes-file> <concurrency> <seconds>
 */
public class CertificateBench {

    /** A request to make and the status it must answer with. */
    record Ask(String path, int status) {
        static Ask ok(String path) {
            return new Ask(path, 200);
        }
    }

    interface Check {
        boolean ok(HttpResponse<byte[]> response);
    }

    interface Target {
        /** The next request of client i, or null when there is no more work. */
        Ask next(int client);
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> codes = Files.readAllLines(Path.of(args[1])).stream().filter(line -> !line.isBlank()).toList();
        int concurrency = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int firstRenders = Math.min(codes.size() / 2, 600);
        System.out.printf("Certificates: %d seeded; %d concurrent clients; %d PDFs rendered for the first time, then %d s per"
                + " scenario after a 5 s warm-up%n", codes.size(), concurrency, firstRenders, seconds);
        List<HttpClient> admins = new ArrayList<>();
        List<HttpClient> visitors = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            HttpClient admin = client();
            Bench.signIn(admin, base, "admin@tijarat.example");
            admins.add(admin);
            visitors.add(client());
        }
        Check pdf = r -> r.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf")
                && new String(r.body(), 0, Math.min(4, r.body().length), java.nio.charset.StandardCharsets.US_ASCII)
                        .equals("%PDF");
        List<Measured> results = new ArrayList<>();

        // first render: each of the first codes once (the renders are the work, so no warm-up on them)
        AtomicInteger next = new AtomicInteger();
        List<String> rendered = codes.subList(0, firstRenders);
        results.add(measure(base, "certificate PDF, first render", "/my/certificate/", admins, Integer.MAX_VALUE, i -> {
            int n = next.getAndIncrement();
            return n < rendered.size() ? Ask.ok("/my/certificate/" + rendered.get(n) + ".pdf") : null;
        }, pdf, false));

        // the same certificates again: served from storage
        results.add(measure(base, "certificate PDF, stored", "/my/certificate/", admins, seconds,
                i -> Ask.ok("/my/certificate/" + pick(rendered) + ".pdf"), pdf, true));

        // anyone looks codes up: one in ten does not exist
        List<String> rest = codes.subList(firstRenders, codes.size());
        results.add(measure(base, "verification page, public", "/verify/", visitors, seconds,
                i -> ThreadLocalRandom.current().nextInt(10) == 0 ? new Ask("/verify/" + CertificateSeed.code(), 404)
                        : Ask.ok("/verify/" + pick(rest)),
                r -> r.statusCode() != 200 || new String(r.body(), java.nio.charset.StandardCharsets.UTF_8).contains("verify-result"),
                true));

        // verifiers fetch the signed credential (signed and stored on its first request)
        results.add(measure(base, "credential JWT, public", "/credentials/", visitors, seconds,
                i -> Ask.ok("/credentials/" + pick(rest) + ".jwt"),
                r -> new String(r.body(), java.nio.charset.StandardCharsets.US_ASCII).split("\\.").length == 3,
                true));

        System.out.println("  (SQL: statements sent to the database per request, averaged over the measured requests)");
        results.forEach(m -> m.result().print());
        System.out.printf("  (PDF size: %.0f KB on average at first render, %.0f KB stored)%n",
                results.get(0).meanBytes() / 1024, results.get(1).meanBytes() / 1024);
    }

    /** A scenario's report line and the mean size of its response bodies. */
    record Measured(Bench.Result result, double meanBytes) {
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static String pick(List<String> codes) {
        return codes.get(ThreadLocalRandom.current().nextInt(codes.size()));
    }

    /** Runs the clients until the target runs out or the time is up; SQL counted for paths under the prefix. */
    private static Measured measure(String base, String name, String prefix, List<HttpClient> clients, int seconds,
            Target target, Check check, boolean warmUp) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        HttpClient plain = HttpClient.newHttpClient();
        if (warmUp) {
            drive(pool, base, clients, 5, target, check, new ArrayList<>(), new long[3]);
        }
        plain.send(HttpRequest.newBuilder(URI.create(base + "/diagnostics/sql?reset")).build(), HttpResponse.BodyHandlers.ofString());
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        long[] counts = new long[3];
        long start = System.nanoTime();
        drive(pool, base, clients, seconds, target, check, micros, counts);
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        String stats = plain.send(HttpRequest.newBuilder(URI.create(base + "/diagnostics/sql")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        double statements = 0;
        long requests = 0;
        for (String line : stats.lines().toList()) {
            String[] cols = line.split("\t");
            if (cols.length == 3 && cols[0].startsWith(prefix)) {
                long n = Long.parseLong(cols[1]);
                statements += n * Double.parseDouble(cols[2]);
                requests += n;
            }
        }
        return new Measured(new Bench.Result(name, counts[0], counts[1], elapsed, new ArrayList<>(micros),
                requests == 0 ? Double.NaN : statements / requests), counts[0] == 0 ? 0 : (double) counts[2] / counts[0]);
    }

    private static void drive(ExecutorService pool, String base, List<HttpClient> clients, int seconds, Target target,
            Check check, List<Long> micros, long[] counts) throws Exception {
        long deadline = seconds == Integer.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> futures = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            HttpClient client = clients.get(i);
            int index = i;
            futures.add(pool.submit(() -> {
                long requests = 0;
                long errors = 0;
                long bytes = 0;
                while (System.nanoTime() < deadline) {
                    Ask ask = target.next(index);
                    if (ask == null) {
                        break;
                    }
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + ask.path())).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != ask.status() || !check.ok(response)) {
                            errors++;
                        }
                        bytes += response.body().length;
                    } catch (IOException e) {
                        errors++;
                    }
                    micros.add((System.nanoTime() - t0) / 1000);
                    requests++;
                }
                return new long[] {requests, errors, bytes};
            }));
        }
        for (Future<long[]> future : futures) {
            long[] c = future.get();
            counts[0] += c[0];
            counts[1] += c[1];
            counts[2] += c[2];
        }
    }
}
