package com.soegroup.accountability.api;

import jakarta.annotation.PreDestroy;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One JSON-B instance for every API answer and request body, with the default configuration RESTEasy uses.
 * Without a resolver, RESTEasy builds a new Jsonb for each request: a service-loader scan and the
 * introspection of every class it writes, again and again. That was most of the time of a ledger page of 50
 * lines that the database had ready in a few milliseconds.
 */
@Provider
public class ApiJsonb implements ContextResolver<Jsonb> {

    private static final Logger LOG = Logger.getLogger(ApiJsonb.class.getName());

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** A lifecycle callback may not throw a checked exception: a failure to close at undeployment is only logged. */
    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "Could not close the JSON-B instance", e);
        }
    }
}
