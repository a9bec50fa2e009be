package com.soegroup.accountability.api;

import com.soegroup.accountability.shared.Settings;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * With the setting {@value Settings#SERVER_TIMING} true (config/system-properties.cli sets it from
 * {@code acc.app.serverTiming}: on for the demo and the tests, off by default), every API answer carries a
 * W3C {@code Server-Timing} header (shown by browsers' developer tools) with the time the server spent in the
 * resource method: the service call with its transaction (scope, recusal, queries, the audit entry, the
 * commit) and the mapping of its result. Not in it: HTTP, the sign-in, the role check, reading the request and
 * writing the JSON. A second metric, {@code cpu}, is the processor time the request's thread used meanwhile: the
 * difference is time spent waiting (for the database, for a core of a busy machine). Benchmarks read them to
 * compare the service with the raw SQL of its statements.
 * <p>
 * Off in production: timings tell a caller more than it needs to know.
 */
@Provider
@Priority(Priorities.USER)
public class ServerTiming implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Server-Timing";
    /** The metric's name in the header. */
    public static final String METRIC = "app";
    static final String DESCRIPTION = "resource method";

    /** The metric of the thread's processor time in the header. */
    public static final String CPU_METRIC = "cpu";
    static final String CPU_DESCRIPTION = "processor time of the resource method";

    private static final String STARTED = ServerTiming.class.getName() + ".started";
    private static final String STARTED_CPU = ServerTiming.class.getName() + ".startedCpu";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Runs after the sign-in and the role check (filters of lower priority), just before the resource method. */
    @Override
    public void filter(ContainerRequestContext request) {
        if (Settings.serverTiming()) {
            if (THREADS.isCurrentThreadCpuTimeSupported()) {
                request.setProperty(STARTED_CPU, THREADS.getCurrentThreadCpuTime());
            }
            request.setProperty(STARTED, System.nanoTime());
        }
    }

    /** Runs when the resource method has answered, before the answer's body is written. */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) {
            long elapsed = System.nanoTime() - started;
            String header = metric(METRIC, elapsed, DESCRIPTION);
            // the same thread unless the resource answered asynchronously, which none of the API does
            if (request.getProperty(STARTED_CPU) instanceof Long startedCpu) {
                long cpu = THREADS.getCurrentThreadCpuTime() - startedCpu;
                if (cpu >= 0 && cpu <= elapsed + 1_000_000) {
                    header += ", " + metric(CPU_METRIC, cpu, CPU_DESCRIPTION);
                }
            }
            response.getHeaders().add(HEADER, header);
        }
    }

    /**
     * One metric of a {@code Server-Timing} header: {@code name;dur=12.345;desc="text"}, the duration in
     * milliseconds with a dot whatever the server's locale (W3C Server Timing, §3).
     */
    static String metric(String name, long nanos, String description) {
        return String.format(Locale.ROOT, "%s;dur=%.3f;desc=\"%s\"", name, nanos / 1e6,
                description.replace("\\", "\\\\").replace("\"", "\\\""));
    }
}
