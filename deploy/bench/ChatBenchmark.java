import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load test of the chat API (docs/chat-api.md), JDK only:
 *
 * <pre>java deploy/bench/ChatBenchmark.java --url http://127.0.0.1:8080 --conversations 64 --seconds 20</pre>
 *
 * N workers, each one conversation, each sending its next message as soon as the previous reply arrived
 * (closed loop, HTTP/1.1 keep-alive). Phases, each bounded by time and by a request cap:
 * <ol>
 * <li>warm-up (30 s by default: the JIT needs that long to compile the hot paths): all three kinds of request,
 * not reported;</li>
 * <li>static: {@code GET /}, the chat page, served by the same server: the HTTP stack's ceiling;</li>
 * <li>route steps: {@code /start <route>}, then a choice of the last reply's buttons, {@code /opnieuw} at an end
 * (one UPDATE per message, batched with the other conversations' of the same moment);</li>
 * <li>free questions: realistic Dutch questions asked mid-route (a knowledge search and one batched SELECT).</li>
 * </ol>
 * Prints msgs/s, p50, p90, p99 and max per phase and the ratios to the static page, and what the server measured
 * itself: its handling time p99 (from receiving a message to its replies, without HTTP) and its GC pauses.
 * Loopback only.
 */
public class ChatBenchmark {

    static final List<String> QUESTIONS = List.of(
            "wat is een JES?",
            "waar lees ik meer over de doorbraaktafel?",
            "wanneer moet ik de leerplichtambtenaar inschakelen?",
            "hoe lang mag een leerling ziek zijn voordat ik iets moet doen?",
            "wat doe ik als ouders niet reageren op de uitnodiging?",
            "wie is de casusregisseur bij een thuiszitter?",
            "wat is het verschil tussen geoorloofd en ongeoorloofd verzuim?",
            "wanneer schakel ik de jeugdarts in?",
            "wat is een vrijstelling van de leerplicht?",
            "hoe meld ik verzuim bij DUO?",
            "wat houdt de meldcode kindermishandeling in?",
            "wat betekent zorgplicht voor de school?",
            "hoeveel uur verzuim moet ik melden?",
            "wat is een OPP?",
            "kan een leerling tijdelijk minder uren naar school?",
            "waar vind ik het ouder- en jeugdsteunpunt?",
            "wat doet het samenwerkingsverband bij een thuiszitter?",
            "wat is thuiszitten volgens de definitie?");

    record Options(URI url, int conversations, Duration phase, Duration warmup, long maxRequests, List<String> routes,
                   long serverPid, Path csv, List<String> phases, Duration think, int clients) {

        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("usage: --url U --conversations N --seconds S [--warmup S]"
                            + " [--max-requests N] [--routes vo-zhw,po-3006] [--server-pid PID] [--csv FILE]"
                            + " [--phases static,route,free] [--think-ms MS] [--clients N]");
                }
                values.put(args[i].substring(2), args[++i]);
            }
            return new Options(URI.create(values.getOrDefault("url", "http://127.0.0.1:8080")),
                    Integer.parseInt(values.getOrDefault("conversations", "64")),
                    Duration.ofSeconds(Long.parseLong(values.getOrDefault("seconds", "20"))),
                    Duration.ofSeconds(Long.parseLong(values.getOrDefault("warmup", "30"))),
                    Long.parseLong(values.getOrDefault("max-requests", "5000000")),
                    List.of(values.getOrDefault("routes", "vo-zhw").split(",")),
                    Long.parseLong(values.getOrDefault("server-pid", "0")),
                    values.containsKey("csv") ? Path.of(values.get("csv")) : null,
                    List.of(values.getOrDefault("phases", "static,route,free").split(",")),
                    Duration.ofMillis(Long.parseLong(values.getOrDefault("think-ms", "0"))),
                    Integer.parseInt(values.getOrDefault("clients", "0")));
        }
    }

    /** The outcome of one phase: every latency in microseconds, errors, wall time and server CPU time. */
    record Result(String phase, long[] micros, long errors, double seconds, double serverCpuSeconds,
                  double clientCpuSeconds, ServerSide server) {

        double rate() {
            return micros.length / seconds;
        }

        double percentileMillis(double p) {
            if (micros.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * micros.length) - 1;
            return micros[Math.max(0, Math.min(index, micros.length - 1))] / 1000.0;
        }
    }

    /**
     * What the server itself measured during a phase, from {@code /actuator/prometheus}: its handling time of a
     * message (routewijzer.reply.latency: reading the state, routing or searching, storing; no HTTP), and its
     * GC pauses. The client's p99 also holds the HTTP stack, the time a request waited for a connection or a
     * thread, and the client's own delays; the two together tell where a slow request lost its time.
     */
    record ServerSide(double handlingP99Millis, long handled, long gcPauses, double gcPauseMillis) {
        static final ServerSide NONE = new ServerSide(Double.NaN, 0, 0, 0);
    }

    /** Cumulative counters of the server's metrics at one moment. */
    record Snapshot(Map<String, java.util.TreeMap<Double, Double>> buckets, long gcPauses, double gcPauseSeconds) {

        static final Pattern BUCKET = Pattern.compile(
                "^routewijzer_reply_latency_seconds_bucket\\{[^}]*kind=\"([^\"]+)\"[^}]*le=\"([^\"]+)\"[^}]*} (\\S+)$");
        static final Pattern GC = Pattern.compile("^jvm_gc_pause_seconds_(count|sum)\\{[^}]*} (\\S+)$");

        static Snapshot parse(String text) {
            Map<String, java.util.TreeMap<Double, Double>> buckets = new HashMap<>();
            long pauses = 0;
            double seconds = 0;
            for (String line : text.split("\n")) {
                Matcher bucket = BUCKET.matcher(line);
                if (bucket.matches()) {
                    double le = bucket.group(2).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bucket.group(2));
                    buckets.computeIfAbsent(bucket.group(1), k -> new java.util.TreeMap<>())
                            .merge(le, Double.parseDouble(bucket.group(3)), Double::sum); // summed over channels
                    continue;
                }
                Matcher gc = GC.matcher(line);
                if (gc.matches()) {
                    if (gc.group(1).equals("count")) {
                        pauses += (long) Double.parseDouble(gc.group(2));
                    } else {
                        seconds += Double.parseDouble(gc.group(2));
                    }
                }
            }
            return new Snapshot(buckets, pauses, seconds);
        }

        /** The p99 of one kind of message between two snapshots: the upper bound of the bucket it falls in. */
        ServerSide since(Snapshot before, String kind) {
            java.util.TreeMap<Double, Double> now = buckets.getOrDefault(kind, new java.util.TreeMap<>());
            java.util.TreeMap<Double, Double> then = before.buckets.getOrDefault(kind, new java.util.TreeMap<>());
            double total = now.isEmpty() ? 0 : now.lastEntry().getValue() - then.getOrDefault(now.lastKey(), 0.0);
            double p99 = Double.NaN;
            for (Map.Entry<Double, Double> e : now.entrySet()) {
                if (total > 0 && e.getValue() - then.getOrDefault(e.getKey(), 0.0) >= 0.99 * total) {
                    p99 = e.getKey() * 1000;
                    break;
                }
            }
            return new ServerSide(p99, (long) total, gcPauses - before.gcPauses, (gcPauseSeconds - before.gcPauseSeconds) * 1000);
        }
    }

    /** The server's metrics now, or nothing when it does not publish them. */
    Snapshot serverMetrics() {
        try {
            HttpResponse<String> response = clients.getFirst().send(HttpRequest.newBuilder(options.url().resolve("/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Snapshot.parse(response.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** One worker's next request; returns false when the reply was not a success. */
    interface Step {
        boolean run(Worker worker) throws IOException, InterruptedException;
    }

    private static final Pattern VALUE = Pattern.compile("\"value\":\"([^\"]*)\"");
    private final Options options;
    private final List<HttpClient> clients = new ArrayList<>();

    ChatBenchmark(Options options) {
        this.options = options;
        // One HttpClient (one selector thread for all connections) costs the least CPU on a small machine, where
        // the client shares the cores with the server; --clients spreads the connections over more.
        int count = Math.max(1, options.clients());
        for (int i = 0; i < count; i++) {
            clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build());
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (!isLoopback(options.url().getHost())) {
            throw new IllegalArgumentException("This benchmark only runs against a loopback address, not " + options.url());
        }
        new ChatBenchmark(options).run();
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    /** One conversation: its id, the route it walks and the buttons of its last reply. */
    final class Worker {
        final String conversation;
        final String route;
        final HttpClient http;
        List<String> buttons = List.of();
        int question;

        Worker(int index) {
            this.conversation = "bench-" + ProcessHandle.current().pid() + "-" + index;
            this.route = options.routes().get(index % options.routes().size());
            this.question = index;
            this.http = clients.get(index % clients.size());
        }

        boolean send(String text) throws IOException, InterruptedException {
            String body = "{\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
            HttpRequest request = HttpRequest.newBuilder(options.url().resolve("/api/chat/" + conversation + "/messages"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return false;
            }
            List<String> values = new ArrayList<>();
            Matcher matcher = VALUE.matcher(response.body());
            while (matcher.find()) {
                values.add(matcher.group(1));
            }
            buttons = values;
            return true;
        }

        /** The next route step: a random button of this step, or a restart at an end. */
        boolean routeStep() throws IOException, InterruptedException {
            List<String> choices = buttons.stream().filter(v -> !v.startsWith("/")).toList();
            if (choices.isEmpty() && buttons.contains("/opnieuw")) {
                return send("/opnieuw"); // at an end: the buttons are "Opnieuw" and "Andere route"
            }
            if (choices.isEmpty()) {
                // No route (yet, or any more): the buttons are the menu's. "/opnieuw" would only say so again; until
                // 2026-11-23 it did, and conversations left without a route by the warm-up's free questions kept
                // asking it all through this phase.
                return send("/start " + route);
            }
            return send(choices.get(ThreadLocalRandom.current().nextInt(choices.size())));
        }

        boolean freeQuestion() throws IOException, InterruptedException {
            return send(QUESTIONS.get(question++ % QUESTIONS.size()));
        }

        boolean staticPage() throws IOException, InterruptedException {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(options.url().resolve("/"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200 && response.body().length > 0;
        }
    }

    void run() throws Exception {
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < options.conversations(); i++) {
            workers.add(new Worker(i));
        }
        System.out.printf(Locale.ROOT, "Chat benchmark: %s, %d concurrent conversations, %ds per phase (warm-up %ds), routes %s, %s%n",
                options.url(), options.conversations(), options.phase().toSeconds(), options.warmup().toSeconds(),
                String.join(",", options.routes()), options.think().isZero() ? "no think time (saturation)"
                        : "think time " + options.think().toMillis() + " ms ±50 %");
        // Warm-up at full speed whatever the think time, so that the JIT has compiled the hot paths.
        phase("warm-up", workers, options.warmup(), (w) -> switch (ThreadLocalRandom.current().nextInt(3)) {
            case 0 -> w.staticPage();
            case 1 -> w.routeStep();
            default -> w.freeQuestion();
        }, Duration.ZERO);
        List<Result> results = new ArrayList<>();
        if (options.phases().contains("static")) {
            results.add(phase("static GET /", workers, options.phase(), Worker::staticPage));
        }
        if (options.phases().contains("route")) {
            results.add(phase("route steps", workers, options.phase(), Worker::routeStep));
        }
        if (options.phases().contains("free")) {
            for (Worker worker : workers) { // mid-route, as a user asking a question halfway
                worker.send("/start " + worker.route);
                worker.routeStep();
            }
            results.add(phase("free questions", workers, options.phase(), Worker::freeQuestion));
        }
        report(results);
    }

    Result phase(String name, List<Worker> workers, Duration length, Step step) throws InterruptedException {
        return phase(name, workers, length, step, options.think());
    }

    Result phase(String name, List<Worker> workers, Duration length, Step step, Duration think) throws InterruptedException {
        System.out.printf(Locale.ROOT, "  %-15s running for %ds ...%n", name, length.toSeconds());
        AtomicLong budget = new AtomicLong(options.maxRequests());
        AtomicLong errors = new AtomicLong();
        long[][] latencies = new long[workers.size()][];
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(workers.size());
        long[] deadline = new long[1];
        for (int i = 0; i < workers.size(); i++) {
            int index = i;
            Thread.ofPlatform().name("bench-" + i).daemon().start(() -> {
                long[] mine = new long[1024];
                int count = 0;
                try {
                    start.await();
                    while (System.nanoTime() < deadline[0] && budget.decrementAndGet() >= 0) {
                        long begin = System.nanoTime();
                        boolean ok;
                        try {
                            ok = step.run(workers.get(index));
                        } catch (IOException e) {
                            ok = false;
                        }
                        long took = (System.nanoTime() - begin) / 1000;
                        if (!ok) {
                            errors.incrementAndGet();
                        } else {
                            if (count == mine.length) {
                                mine = Arrays.copyOf(mine, count * 2);
                            }
                            mine[count++] = took;
                        }
                        if (!think.isZero()) { // a user reading: between 0.5 and 1.5 times the think time
                            long ms = think.toMillis();
                            Thread.sleep(ms / 2 + ThreadLocalRandom.current().nextLong(ms + 1));
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    latencies[index] = Arrays.copyOf(mine, count);
                    done.countDown();
                }
            });
        }
        Snapshot metricsBefore = serverMetrics();
        double cpuBefore = serverCpuSeconds();
        double clientBefore = clientCpuSeconds();
        long begin = System.nanoTime();
        deadline[0] = begin + length.toNanos();
        start.countDown();
        done.await();
        double seconds = (System.nanoTime() - begin) / 1e9;
        double cpu = serverCpuSeconds() - cpuBefore;
        double clientCpu = clientCpuSeconds() - clientBefore;
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        Snapshot metricsAfter = serverMetrics();
        String kind = name.startsWith("free") ? "free-question" : name.startsWith("route") ? "route" : "";
        ServerSide server = metricsBefore == null || metricsAfter == null ? ServerSide.NONE
                : metricsAfter.since(metricsBefore, kind);
        return new Result(name, all, errors.get(), seconds, cpu, clientCpu, server);
    }

    /** CPU time of this benchmark process: on one machine, the client takes its share of the cores too. */
    static double clientCpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }

    /** User + system CPU time of the server process, from /proc (Linux); 0 when no pid was given. */
    double serverCpuSeconds() {
        if (options.serverPid() <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + options.serverPid() + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // utime, stime in clock ticks
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    void report(List<Result> results) throws IOException {
        Result page = results.stream().filter(r -> r.phase().startsWith("static")).findFirst().orElse(null);
        System.out.println();
        System.out.println("| phase | requests | errors | msgs/s | × static | p50 ms | p90 ms | p99 ms | max ms | server CPU | client CPU"
                + " | server p99 ms | GC pauses (ms) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        StringBuilder csv = new StringBuilder("phase,requests,errors,rate,ratio,p50,p90,p99,max,server_cpu,client_cpu,"
                + "server_p99,gc_pauses,gc_pause_ms\n");
        for (Result r : results) {
            String cpu = options.serverPid() > 0 ? String.format(Locale.ROOT, "%.0f%%", 100 * r.serverCpuSeconds() / r.seconds()) : "-";
            String client = String.format(Locale.ROOT, "%.0f%%", 100 * r.clientCpuSeconds() / r.seconds());
            double ratio = page == null ? Double.NaN : r.rate() / page.rate();
            ServerSide server = r.server();
            String serverP99 = Double.isNaN(server.handlingP99Millis()) ? "-" : String.format(Locale.ROOT, "≤ %.1f", server.handlingP99Millis());
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.0f | %.2f | %.2f | %.2f | %.2f | %.1f | %s | %s | %s | %d (%.0f) |%n", r.phase(),
                    r.micros().length, r.errors(), r.rate(), ratio, r.percentileMillis(50),
                    r.percentileMillis(90), r.percentileMillis(99), r.percentileMillis(100), cpu, client, serverP99,
                    server.gcPauses(), server.gcPauseMillis());
            csv.append(String.format(Locale.ROOT, "%s,%d,%d,%.1f,%.3f,%.3f,%.3f,%.3f,%.3f,%s,%s,%.3f,%d,%.1f%n", r.phase(), r.micros().length,
                    r.errors(), r.rate(), ratio, r.percentileMillis(50), r.percentileMillis(90),
                    r.percentileMillis(99), r.percentileMillis(100), cpu, client, server.handlingP99Millis(),
                    server.gcPauses(), server.gcPauseMillis()));
        }
        System.out.println();
        for (Result r : results) {
            boolean saturated = options.think().isZero(); // rates are only comparable without think time
            if (saturated && page != null && r.phase().equals("route steps")) {
                goal("route steps ≥ 0.7 × static", r.rate() / page.rate() >= 0.7);
            }
            if (saturated && page != null && r.phase().equals("free questions")) {
                goal("free questions ≥ 0.5 × static", r.rate() / page.rate() >= 0.5);
            }
            if (r != page) {
                goal(r.phase() + " p99 < 20 ms", r.percentileMillis(99) < 20);
            }
        }
        goal("no errors", results.stream().allMatch(r -> r.errors() == 0));
        if (options.csv() != null) {
            Files.writeString(options.csv(), csv);
        }
    }

    static void goal(String goal, boolean met) {
        System.out.printf(Locale.ROOT, "  %-32s %s%n", goal, met ? "met" : "MISSED");
    }
}
