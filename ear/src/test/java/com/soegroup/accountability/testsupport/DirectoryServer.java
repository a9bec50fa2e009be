package com.soegroup.accountability.testsupport;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldif.LDIFException;
import com.unboundid.ldif.LDIFReader;

import java.net.InetAddress;
import java.nio.file.Path;

/**
 * An LDAP directory that speaks the real protocol on loopback (UnboundID's in-memory server), loaded from
 * an LDIF: the WildFly under test signs users in against it exactly as against the group's directory.
 */
public final class DirectoryServer implements AutoCloseable {

    private final InMemoryDirectoryServer server;

    private DirectoryServer(InMemoryDirectoryServer server) {
        this.server = server;
    }

    /** Starts on {@code port} (0 for any free port) with the entries of {@code ldif} under {@code baseDn}. */
    public static DirectoryServer start(String baseDn, Path ldif, int port) {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(baseDn);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), port, null));
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            server.importFromLDIF(true, ldif.toFile());
            server.startListening();
            return new DirectoryServer(server);
        } catch (LDAPException e) {
            throw new IllegalStateException("Could not start the LDAP directory from " + ldif, e);
        }
    }

    /** Gives a user of ou=people a new password, as the group's directory administrators would. */
    public void changePassword(String uid, String password) {
        try {
            String dn = server.searchForEntry(server.getBaseDNs().get(0).toString(), SearchScope.SUB,
                    "(uid=" + uid + ")").getDN();
            server.modify(dn, new Modification(ModificationType.REPLACE, "userPassword", password));
        } catch (LDAPException e) {
            throw new IllegalStateException("Could not change the password of " + uid, e);
        }
    }

    public int port() {
        return server.getListenPort();
    }

    public String url() {
        return "ldap://127.0.0.1:" + port();
    }

    /** Applies one LDIF change record (add, modify, delete): for tests that need an entry the demo directory lacks. */
    public void change(String... ldifLines) {
        try {
            LDIFReader.decodeChangeRecord(ldifLines).processChange(server);
        } catch (LDIFException | LDAPException e) {
            throw new IllegalStateException("Could not apply " + String.join(" / ", ldifLines), e);
        }
    }

    /** Stops listening and drops every connection, as a directory that went down: for outage tests. */
    public void stop() {
        server.shutDown(true);
    }

    /** Listens again on the same port with the same entries, after {@link #stop()}. */
    public void restart() {
        try {
            server.startListening();
        } catch (LDAPException e) {
            throw new IllegalStateException("Could not restart the LDAP directory on port " + port(), e);
        }
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
