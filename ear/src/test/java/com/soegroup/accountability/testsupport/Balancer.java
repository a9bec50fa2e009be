package com.soegroup.accountability.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The load balancer in front of a cluster, as small as a test needs: one address (so a browser keeps its cookie)
 * forwarding each TCP connection to the node the test chose ({@link #stickTo}, the sticky session a real
 * balancer keeps by cookie), or, when that node does not answer, to the next one, as a balancer's health check
 * would. A connection to a node that dies is closed on the client's side too: the client's next request comes
 * on a new connection, to a living node.
 */
public final class Balancer implements AutoCloseable {

    private final ServerSocket listener;
    private final List<Integer> nodePorts;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicIntegerArray connections;
    private volatile int preferred;

    private Balancer(ServerSocket listener, List<Integer> nodePorts) {
        this.listener = listener;
        this.nodePorts = nodePorts;
        this.connections = new AtomicIntegerArray(nodePorts.size());
    }

    /** Listens on a free loopback port in front of the nodes' HTTP ports, sticking to the first. */
    public static Balancer start(List<Integer> nodePorts) {
        try {
            ServerSocket listener = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
            Balancer balancer = new Balancer(listener, List.copyOf(nodePorts));
            Thread acceptor = new Thread(balancer::accept, "balancer-" + listener.getLocalPort());
            acceptor.setDaemon(true);
            acceptor.start();
            return balancer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** The application's address through the balancer. */
    public String baseUrl() {
        return "http://localhost:" + port() + "/accountability";
    }

    /** New connections go to this node (index of the ports given) while it answers. */
    public void stickTo(int node) {
        preferred = node;
    }

    /** How many connections went to this node so far (index of the ports given). */
    public int connectionsTo(int node) {
        return connections.get(node);
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        open.forEach(Balancer::closeQuietly);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread forward = new Thread(() -> forward(client), "balancer-connection");
                forward.setDaemon(true);
                forward.start();
            } catch (IOException e) {
                // the listener was closed: done
            }
        }
    }

    private void forward(Socket client) {
        Socket node = connect();
        if (node == null) {
            closeQuietly(client);
            return;
        }
        open.add(client);
        open.add(node);
        Thread back = new Thread(() -> pump(node, client), "balancer-back");
        back.setDaemon(true);
        back.start();
        pump(client, node);
    }

    private Socket connect() {
        for (int i = 0; i < nodePorts.size(); i++) {
            int index = (preferred + i) % nodePorts.size();
            Socket node = new Socket();
            try {
                node.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), nodePorts.get(index)), 1000);
                connections.incrementAndGet(index);
                return node;
            } catch (IOException e) {
                closeQuietly(node);
            }
        }
        return null;
    }

    /** Copies one direction until either side ends, then closes both: a dead node ends its client's connection. */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16384];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // one side is gone
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
