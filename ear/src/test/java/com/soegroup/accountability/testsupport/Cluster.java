package com.soegroup.accountability.testsupport;

import org.postgresql.Driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * What a group runs, on one machine: PostgreSQL with a synchronous streaming standby, the demo LDAP directory, a
 * mail server ({@link MailCatcher}), two WildFly nodes of {@code standalone-ha.xml} unpacked from the same zip and configured by
 * {@code config/install.sh --ha} (TCPPING between their JGroups ports), started at the same time with the EAR
 * deployed to both at once, and a {@link Balancer} in front of them. One per test JVM ({@link #get()}), stopped
 * when the JVM ends. Each phase's time is printed.
 * <p>
 * The nodes' datasource lists both PostgreSQL servers with {@code targetServerType=primary}, and the read-only
 * datasource both with {@code preferSecondary}: promoting the standby needs no change to WildFly.
 */
public final class Cluster {

    public static final String DATABASE = "accountability";
    /** The driver's settings for a failover: a dead host costs at most 5 s, a hung connection 60 s. */
    static final String FAILOVER = "connectTimeout=5&socketTimeout=60";

    private static Cluster cluster;

    private final ReplicatedPostgres postgres;
    private final DirectoryServer directory;
    private final List<ClusterNode> nodes;
    private final Balancer balancer;
    private final MailCatcher mail;
    private final Deque<Runnable> stops;

    private Cluster(ReplicatedPostgres postgres, DirectoryServer directory, List<ClusterNode> nodes, Balancer balancer,
                    MailCatcher mail, Deque<Runnable> stops) {
        this.postgres = postgres;
        this.directory = directory;
        this.nodes = nodes;
        this.balancer = balancer;
        this.mail = mail;
        this.stops = stops;
    }

    /** The cluster of this JVM, started on first use from the system properties the ha-it profile sets. */
    public static synchronized Cluster get() {
        if (cluster == null) {
            cluster = start();
            Cluster started = cluster;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "stop-cluster"));
        }
        return cluster;
    }

    public ClusterNode a() {
        return nodes.get(0);
    }

    public ClusterNode b() {
        return nodes.get(1);
    }

    public List<ClusterNode> nodes() {
        return nodes;
    }

    public Balancer balancer() {
        return balancer;
    }

    public ReplicatedPostgres postgres() {
        return postgres;
    }

    public DirectoryServer directory() {
        return directory;
    }

    /** The mail server both nodes' mail sessions send to. */
    public MailCatcher mail() {
        return mail;
    }

    public Path configDir() {
        return Path.of(TestEnvironment.required("accountability.config.dir")).toAbsolutePath().normalize();
    }

    /** A connection to whichever server is the primary now, as the application's account. */
    public Connection database() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(DATABASE, "targetServerType=primary&" + FAILOVER),
                "accountability", "accountability");
    }

    private static Cluster start() {
        Path work = Path.of(TestEnvironment.required("accountability.work.dir"));
        Path configDir = Path.of(TestEnvironment.required("accountability.config.dir")).toAbsolutePath().normalize();
        Path zip = Path.of(TestEnvironment.required("accountability.wildfly.zip"));
        Path ear = Path.of(TestEnvironment.required("accountability.ear"));
        String version = TestEnvironment.required("accountability.wildfly.version");
        List<Integer> offsets = Stream.of(TestEnvironment.required("accountability.cluster.portOffsets").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        if (!Files.isRegularFile(ear)) {
            throw new IllegalStateException(ear + " is missing: the tests run after the EAR is packaged");
        }
        Path databaseDir = temporaryDirectory();
        // what was started so far, stopped again in reverse order when a later part fails to start
        Deque<Runnable> stops = new ArrayDeque<>();
        stops.push(() -> deleteQuietly(databaseDir));
        try {
            long started = System.nanoTime();
            ReplicatedPostgres postgres = ReplicatedPostgres.start(databaseDir, Ports.free(), Ports.free(), DATABASE,
                    "accountability", "accountability");
            stops.push(() -> {
                postgres.standby().kill();
                postgres.primary().kill();
            });
            Timing.print("PostgreSQL primary and synchronous standby", started);

            long phase = System.nanoTime();
            DirectoryServer directory = DirectoryServer.start(Stack.BASE_DN, configDir.resolve("demo-directory.ldif"), 0);
            stops.push(directory::close);
            List<ClusterNode> nodes = List.of(
                    new ClusterNode("node-a", new WildFlyServer(work.resolve("node-a/wildfly-" + version), configDir), offsets.get(0)),
                    new ClusterNode("node-b", new WildFlyServer(work.resolve("node-b/wildfly-" + version), configDir), offsets.get(1)));
            CompletableFuture.allOf(nodes.stream()
                    .map(node -> CompletableFuture.runAsync(() -> node.server().unpackFresh(zip)))
                    .toArray(CompletableFuture[]::new)).join();
            Timing.print("LDAP, two WildFly unpacked from the same zip", phase);

            phase = System.nanoTime();
            Balancer balancer = Balancer.start(nodes.stream().map(ClusterNode::httpPort).toList());
            stops.push(balancer::close);
            MailCatcher mail = MailCatcher.start(0);
            stops.push(mail::close);
            Properties properties = new Properties();
            properties.setProperty("acc.db.driverJar", postgresDriverJar().toString());
            properties.setProperty("acc.db.url", postgres.jdbcUrl(DATABASE, "targetServerType=primary&" + FAILOVER));
            properties.setProperty("acc.db.readUrl", postgres.jdbcUrl(DATABASE, "targetServerType=preferSecondary&" + FAILOVER));
            properties.setProperty("acc.ldap.url", directory.url());
            properties.setProperty("acc.mail.port", Integer.toString(mail.port()));
            properties.setProperty("acc.app.baseUrl", balancer.baseUrl());
            // the test's reports all come from one address: its limit per client must not hide the cluster-wide one
            properties.setProperty("acc.app.reportSubmitsPerClient", "100");
            properties.setProperty("acc.cluster.members", String.join(",",
                    nodes.stream().map(node -> "127.0.0.1[" + node.jgroupsPort() + "]").toList()));
            // each node its own credential store, as install.sh makes it: the ID-hash secret is bound encrypted with
            // each node's key, and both decrypt it to the same secret from the properties
            for (ClusterNode node : nodes) {
                node.server().configure(properties, work.resolve(node.name() + "-config"), List.of("--ha"));
                node.deployAtStart(ear);
            }
            Timing.print("config/install.sh --ha --offline on both", phase);

            phase = System.nanoTime();
            for (ClusterNode node : nodes) {
                stops.push(node::stop);
                node.start();
            }
            for (ClusterNode node : nodes) {
                node.awaitDeployed(Duration.ofMinutes(6));
            }
            Timing.print("both nodes started at once, EAR deployed to both", phase);
            Timing.print("cluster ready", started);
            return new Cluster(postgres, directory, nodes, balancer, mail, stops);
        } catch (RuntimeException e) {
            stopAll(stops);
            throw e;
        }
    }

    private void stop() {
        stopAll(stops);
    }

    private static void stopAll(Deque<Runnable> stops) {
        while (!stops.isEmpty()) {
            try {
                stops.pop().run();
            } catch (RuntimeException e) {
                // stop the rest anyway
            }
        }
    }

    private static Path postgresDriverJar() {
        try {
            return Path.of(Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where PostgreSQL's unprivileged user can reach the servers' own directories (not under /root). */
    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("accountability-cluster-db",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // the operating system's temp cleaning gets the rest
        }
    }

    /** Prints how long a phase took, for the run's log. */
    public static final class Timing {

        private Timing() {
        }

        public static void print(String what, long startedNanos) {
            System.out.printf("[cluster] %-55s %6.1f s%n", what, (System.nanoTime() - startedNanos) / 1e9);
        }
    }
}
