package com.soegroup.accountability.bench;

import com.soegroup.accountability.testsupport.Multipart;
import com.soegroup.accountability.testsupport.Stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Not a test: how long the master-data import takes for 10,000 people with three years of pay (30,000 rows),
 * first as new data, then re-imported unchanged. Starts its own PostgreSQL, LDAP and WildFly (with the demo
 * group) on free ports and an HTTP port offset (default 400, {@code -Dbench.port.offset}), so it runs beside
 * a demo or a test run, and prints the figures:
 * <pre>./mvnw -B -ntp -Pbench</pre>
 */
public final class ImportBenchmark {

    private static final int PEOPLE = 10_000;
    private static final String[] ENTERPRISES = {"YBJS", "YBJSLQ", "YBJSWY", "YBNY", "YBNYRQ", "YBNYXN", "YBJR", "YBJRDB",
            "YBJRZL", "YBWL", "YBWT", "YBWTJD", "YBSW"};

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        int offset = Integer.getInteger("bench.port.offset", 400);
        String base = "http://localhost:" + (8080 + offset) + "/accountability";
        Path databaseDir = Files.createTempDirectory("accountability-bench-db");
        Stack stack = Stack.start(new Stack.Settings(jbossHome, Path.of(System.getProperty("accountability.wildfly.zip")),
                Path.of(System.getProperty("accountability.config.dir")).toAbsolutePath().normalize(),
                jbossHome.getParent().resolve("work"), databaseDir, free(), free(), free(), base), true);
        Process wildfly = null;
        try {
            Path deployments = jbossHome.resolve("standalone/deployments");
            Files.copy(Path.of(System.getProperty("accountability.ear")), deployments.resolve("accountability.ear"),
                    StandardCopyOption.REPLACE_EXISTING);
            ProcessBuilder builder = new ProcessBuilder(jbossHome.resolve("bin/standalone.sh").toString(),
                    "-Djboss.socket.binding.port-offset=" + offset)
                    .redirectErrorStream(true).redirectOutput(jbossHome.resolve("bench-console.log").toFile());
            builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
            wildfly = builder.start();
            awaitHealth(base, wildfly);
            run(base);
        } finally {
            if (wildfly != null) {
                wildfly.descendants().forEach(ProcessHandle::destroy);
                wildfly.destroy();
                wildfly.waitFor(60, TimeUnit.SECONDS);
            }
            stack.close();
            // a few hundred megabytes per run: not left in the temp directory (as TestEnvironment does for IT)
            try (Stream<Path> paths = Files.walk(databaseDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void run(String base) throws Exception {
        StringBuilder people = new StringBuilder("工号,姓名,所属企业代码,部门,职务,职级,是否企业负责人,是否领导班子成员,人员状态,状态日期,登录账号,身份证件号码\r\n");
        StringBuilder pay = new StringBuilder("工号,年度,绩效年薪（元）,任期激励收入（元）,中长期激励收入（元）\r\n");
        int year = LocalDate.now().getYear() - 1;
        for (int i = 1; i <= PEOPLE; i++) {
            String no = String.format("BENCH%05d", i);
            String id = residentId(i);
            people.append(no).append(",测试员工").append(i).append(',').append(ENTERPRISES[i % ENTERPRISES.length])
                    .append(",财务部,专员,一般员工,否,否,在职,,,").append(id).append("\r\n");
            for (int back = 0; back < 3; back++) {
                pay.append(no).append(',').append(year - back).append(',').append(100_000 + i % 5000).append(".00,")
                        .append(i % 10 == 0 ? "30000.00" : "").append(",\r\n");
            }
        }
        byte[] peopleFile = people.toString().getBytes(StandardCharsets.UTF_8);
        byte[] payFile = pay.toString().getBytes(StandardCharsets.UTF_8);
        System.out.printf("%nImport benchmark: %,d people (%,d KB), %,d pay rows (%,d KB)%n", PEOPLE, peopleFile.length / 1024,
                PEOPLE * 3, payFile.length / 1024);
        List<String[]> steps = List.of(
                new String[]{"people, new", "PEOPLE"}, new String[]{"pay, new", "PAY"},
                new String[]{"people, unchanged", "PEOPLE"}, new String[]{"pay, unchanged", "PAY"});
        for (String[] step : steps) {
            byte[] file = "PEOPLE".equals(step[1]) ? peopleFile : payFile;
            Instant start = Instant.now();
            HttpResponse<String> reply = upload(base, step[1], file);
            long millis = Duration.between(start, Instant.now()).toMillis();
            int rows = "PEOPLE".equals(step[1]) ? PEOPLE : PEOPLE * 3;
            System.out.printf("  %-18s %6.1f s  %,8.0f rows/s  %d %s%n", step[0], millis / 1000.0, rows * 1000.0 / millis,
                    reply.statusCode(), reply.body());
        }
        Instant start = Instant.now();
        HttpResponse<String> page = send(base, HttpRequest.newBuilder(URI.create(base + "/api/v1/people?q=BENCH0999&size=50")).GET());
        System.out.printf("  %-18s %6.3f s  %d%n%n", "search afterwards", Duration.between(start, Instant.now()).toMillis() / 1000.0,
                page.statusCode());
    }

    private static HttpResponse<String> upload(String base, String kind, byte[] file) throws Exception {
        Multipart body = new Multipart().field("kind", kind).file("file", kind.toLowerCase() + ".csv", "text/csv", file);
        return send(base, HttpRequest.newBuilder(URI.create(base + "/api/v1/people/import"))
                .header("Content-Type", body.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    private static HttpResponse<String> send(String base, HttpRequest.Builder request) throws Exception {
        String hr = Base64.getEncoder().encodeToString("hr:hr".getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(request.header("Authorization", "Basic " + hr).timeout(Duration.ofMinutes(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void awaitHealth(String base, Process wildfly) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline) && wildfly.isAlive()) {
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            TimeUnit.SECONDS.sleep(1);
        }
        throw new IllegalStateException("The application did not start; see the server log");
    }

    /** A well-formed invented resident ID, so that every row also pays for hashing its number. */
    private static String residentId(int i) {
        String first17 = "51150219" + String.format("%02d", 60 + i % 40) + "0101" + String.format("%03d", i % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (first17.charAt(k) - '0') * weights[k];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private static int free() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
