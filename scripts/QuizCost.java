import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one request of the webinar journey costs in CPU: signs in some of the webinar learners,
 * then runs each step of their journey as a closed loop of a few clients (start: the quiz page,
 * its start button and the attempt page; autosave; submit and grade) and divides the CPU time the
 * server, the database and this client used by the requests served. Where the spike's capacity on
 * a machine goes. Usage: java scripts/QuizCost.java <base-url> <webinar-file> <server-pid>
 * <database-pid, 0 for an embedded one> [learners [first [seconds]]]
 */
public class QuizCost {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> lines = Files.readAllLines(Path.of(args[1]));
        long quiz = Long.parseLong(lines.get(0).strip());
        long server = Long.parseLong(args[2]);
        long database = Long.parseLong(args[3]);
        int count = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        int first = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        int seconds = args.length > 6 ? Integer.parseInt(args[6]) : 20;
        List<QuizBench.Learner> learners = lines.subList(1 + first, 1 + first + count).stream().map(QuizBench.Learner::new).toList();
        forEach(learners, 2, learner -> QuizBench.signIn(base, learner));
        System.out.printf("%d learners signed in; CPU per request (server / database / client), %d clients%n", count, 8);

        QuizBench.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/diagnostics/sql?reset")).build(), HttpResponse.BodyHandlers.ofString());
        Cpu cpu = new Cpu(server, database);
        forEach(learners, 8, learner -> {
            String page = QuizBench.get(base + "/quiz/?quiz=" + quiz, learner, "quiz page").body();
            String form = "start-form=start-form&start=Start&quiz=" + quiz + "&jakarta.faces.ViewState="
                    + QuizBench.enc(QuizBench.viewState(page));
            BrowserConnection.Reply started = QuizBench.post(base + "/quiz/?quiz=" + quiz, form, learner, "start");
            java.util.regex.Matcher attempt = QuizBench.ATTEMPT.matcher(started.location() == null ? "" : started.location());
            if (!attempt.find()) {
                throw new IllegalStateException("start answered " + started.statusCode());
            }
            learner.attempt = Long.parseLong(attempt.group(1));
            learner.takeState = QuizBench.viewState(QuizBench.get(base + "/quiz/take?attempt=" + learner.attempt, learner, "page").body());
        });
        cpu.report("start (quiz page, start, attempt page)", count);

        cpu = new Cpu(server, database);
        AtomicLong saves = new AtomicLong();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
            for (int c = 0; c < 8; c++) {
                int client = c;
                clients.submit(() -> {
                    Random random = new Random(client);
                    while (System.nanoTime() < until) {
                        QuizBench.Learner learner = learners.get(random.nextInt(learners.size()));
                        int position = 1 + random.nextInt(QuizBench.ANSWERS);
                        int pick = 1 + random.nextInt(4);
                        BrowserConnection.Reply saved = QuizBench.put(base + "/api/attempts/" + learner.attempt + "/answers/" + position,
                                "{\"picks\":[" + pick + "]}", learner, "save");
                        if (saved.statusCode() != 200) {
                            throw new IllegalStateException("save answered " + saved.statusCode() + ": " + saved.body());
                        }
                        learner.acknowledged.put(position, pick);
                        saves.incrementAndGet();
                    }
                    return null;
                });
            }
        }
        cpu.report("answer save", saves.get());

        cpu = new Cpu(server, database);
        forEach(learners, 8, learner -> {
            StringBuilder submit = new StringBuilder("attempt-form=attempt-form&submit=Submit&attempt=" + learner.attempt);
            learner.acknowledged.forEach((position, pick) -> submit.append("&q").append(position).append('=').append(pick));
            submit.append("&jakarta.faces.ViewState=").append(QuizBench.enc(learner.takeState));
            BrowserConnection.Reply submitted = QuizBench.post(base + "/quiz/take?attempt=" + learner.attempt, submit.toString(), learner, "submit");
            if (submitted.statusCode() != 302) {
                throw new IllegalStateException("submit answered " + submitted.statusCode());
            }
        });
        cpu.report("submit and grade", count);
        String stats = QuizBench.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/diagnostics/sql")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        for (String what : List.of("quiz page", "start", "page", "save", "submit")) {
            QuizBench.print(what, what, "", "");
        }
        System.out.println("SQL statements per request (requests, mean):");
        stats.lines().filter(line -> !line.isBlank()).forEach(line -> System.out.println("  " + line));
    }

    interface Step {
        void run(QuizBench.Learner learner) throws Exception;
    }

    static void forEach(List<QuizBench.Learner> learners, int threads, Step step) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (QuizBench.Learner learner : learners) {
                done.add(pool.submit(() -> {
                    step.run(learner);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
    }

    /** CPU time used since construction by the server, the database and this process. */
    static final class Cpu {
        final long server;
        final long database;
        final long[] start;
        final long wall = System.nanoTime();

        Cpu(long server, long database) throws Exception {
            this.server = server;
            this.database = database;
            this.start = now();
        }

        long[] now() throws Exception {
            return new long[] {ticks(server), ticks(database), ((com.sun.management.OperatingSystemMXBean) ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000};
        }

        static long ticks(long pid) throws Exception {
            if (pid == 0) {
                return 0; // an embedded database: its work is in the server's
            }
            String[] stat = Files.readString(Path.of("/proc/" + pid + "/stat")).replaceAll(".*\\) ", "").split(" ");
            return (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) * 10; // utime + stime, 100 ticks a second
        }

        /** Milliseconds of CPU used since construction: server, database, this process. */
        long[] used() throws Exception {
            long[] end = now();
            return new long[] {end[0] - start[0], end[1] - start[1], end[2] - start[2]};
        }

        void report(String what, long requests) throws Exception {
            long[] end = now();
            double secs = (System.nanoTime() - wall) / 1e9;
            System.out.printf("  %-40s %6d in %5.1f s (%6.1f/s)  CPU ms each: server %5.2f  database %5.2f  client %5.2f%n", what, requests, secs,
                    requests / secs, (end[0] - start[0]) / (double) requests, (end[1] - start[1]) / (double) requests,
                    (end[2] - start[2]) / (double) requests);
        }
    }
}
