import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * P5: cold start of the packaged jar to its first served login page, against an empty Spring Boot
 * application started from the same jar with the same dependencies and configuration (all of
 * BOOT-INF/lib and application.yml, only the product's own beans left out), in interleaved rounds;
 * then each process's RSS after 50 clients have loaded /login. See bench/start/README.md.
 *
 *   java -cp "target/classes:$(cat target/cp.txt)" bench/start/StartBench.java [rounds]   (default 5)
 */
public final class StartBench {

    static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
    static final String DB = "jixiao_bench_start";
    static final int PORT = 8096;
    static final Path WORK = Path.of("target", "bench-start");
    static final String HEAP = System.getProperty("heap", "-Xmx1g");
    static final int SECONDS = Integer.getInteger("seconds", 10);

    static final String EMPTY_APP = """
            package jixiaobench;

            import org.springframework.boot.SpringApplication;
            import org.springframework.boot.autoconfigure.SpringBootApplication;

            /** An application without a bean of its own: Boot's auto-configuration over the product's classpath. */
            @SpringBootApplication
            public class EmptyApp {
                public static void main(String[] args) {
                    SpringApplication.run(EmptyApp.class, args);
                }
            }
            """;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("jixiao-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/jixiao-*.jar: run ./mvnw -o package first"));
        }
        Path classes = compileEmptyApp();
        System.out.printf("machine: %d cores, load average %s%n", Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.printf("P5 冷启动到首个 /login 页面（%s, %s, PostgreSQL 空库, 每次重建）, %d 轮交替%n", jar, HEAP, rounds);
        List<String> common = List.of("--spring.datasource.url=" + PG + DB, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--server.port=" + PORT, "--jixiao.demo.enabled=false");
        List<String> product = new ArrayList<>(List.of("java", HEAP, "-jar", jar.toString()));
        product.addAll(common);
        List<String> empty = new ArrayList<>(List.of("java", HEAP, "-Dloader.path=" + classes.toAbsolutePath(),
                "-Dloader.main=jixiaobench.EmptyApp", "-cp", jar.toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher"));
        empty.addAll(common);
        List<Double> productStart = new ArrayList<>();
        List<Double> emptyStart = new ArrayList<>();
        List<Double> productRss = new ArrayList<>();
        List<Double> emptyRss = new ArrayList<>();
        List<Double> productRssLoaded = new ArrayList<>();
        List<Double> emptyRssLoaded = new ArrayList<>();
        List<Double> productRate = new ArrayList<>();
        List<Double> emptyRate = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            // The last round also loads /login for the RSS after load (both apps alike).
            boolean load = i == rounds - 1;
            double[] p = start(product, "product-" + i, load);
            double[] e = start(empty, "empty-" + i, load);
            productStart.add(p[0]);
            emptyStart.add(e[0]);
            productRss.add(p[1]);
            emptyRss.add(e[1]);
            if (load) {
                productRssLoaded.add(p[2]);
                emptyRssLoaded.add(e[2]);
                productRate.add(p[3]);
                emptyRate.add(e[3]);
            }
        }
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            ratios.add(productStart.get(i) / emptyStart.get(i));
        }
        System.out.printf("  %-36s %s ms%n", "workload 打包的 jar（产品）", stats(productStart));
        System.out.printf("  %-36s %s ms%n", "floor 同一 jar 的空 Boot 应用", stats(emptyStart));
        System.out.printf("  %-36s %s ×%n", "ratio", stats(ratios));
        System.out.printf("  VmRSS 首个 /login 之后: 产品 %s MB, 空应用 %s MB%n", stats(productRss), stats(emptyRss));
        System.out.printf("  VmRSS 50 个客户端请求 /login %d s 之后: 产品 %s MB（%s req/s）, 空应用 %s MB（%s req/s）%n", SECONDS,
                stats(productRssLoaded), stats(productRate), stats(emptyRssLoaded), stats(emptyRate));
    }

    /** The empty application's class, compiled against the product's runtime classpath. */
    static Path compileEmptyApp() throws Exception {
        Path src = WORK.resolve("src/jixiaobench/EmptyApp.java");
        Path classes = WORK.resolve("classes");
        Files.createDirectories(src.getParent());
        Files.createDirectories(classes);
        Files.writeString(src, EMPTY_APP);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-proc:none", "-cp", System.getProperty("java.class.path"),
                "-d", classes.toString(), src.toString());
        if (rc != 0) {
            throw new IllegalStateException("EmptyApp did not compile");
        }
        return classes;
    }

    /** Starts the command on a fresh database: {ms to the first 200 of /login, RSS MB then, RSS MB after load, req/s}. */
    static double[] start(List<String> command, String name, boolean load) throws Exception {
        try (Connection admin = DriverManager.getConnection(PG + "postgres", "postgres", "")) {
            admin.createStatement().execute("drop database if exists " + DB + " with (force)");
            admin.createStatement().execute("create database " + DB);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI login = URI.create("http://127.0.0.1:" + PORT + "/login");
        File log = WORK.resolve(name + ".log").toFile();
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        try {
            double started = -1;
            while (started < 0) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue() + ", see " + log);
                }
                try {
                    if (http.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode() == 200) {
                        started = (System.nanoTime() - t0) / 1e6;
                    }
                } catch (java.io.IOException notYet) {
                    // not listening yet
                }
                if (started < 0) {
                    Thread.sleep(10);
                }
                if (System.nanoTime() - t0 > TimeUnit.MINUTES.toNanos(10)) {
                    throw new IllegalStateException(name + " did not serve /login within 10 minutes");
                }
            }
            double rss = rss(process.pid());
            double rate = load ? load(login) : 0;
            double rssLoaded = load ? rss(process.pid()) : 0;
            return new double[] {started, rss, rssLoaded, rate};
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    static double rss(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    /** 50 clients GET /login for SECONDS: successful requests per second. */
    static double load(URI uri) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<Integer>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < 50; c++) {
            futures.add(pool.submit(() -> {
                int ok = 0;
                while (!stop.get()) {
                    try {
                        if (client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode() == 200) {
                            ok++;
                        }
                    } catch (java.io.IOException e) {
                        // counted as not served
                    }
                }
                return ok;
            }));
        }
        Thread.sleep(SECONDS * 1000L);
        stop.set(true);
        int ok = 0;
        for (Future<Integer> f : futures) {
            ok += f.get();
        }
        pool.shutdown();
        return ok / ((System.nanoTime() - t0) / 1e9);
    }

    static String stats(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        return String.format("%,.1f [%,.1f–%,.1f]", median, sorted.get(0), sorted.get(sorted.size() - 1));
    }
}
