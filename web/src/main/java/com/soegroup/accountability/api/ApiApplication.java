package com.soegroup.accountability.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The integration API of shared/spec/api.md, under /accountability/api/v1. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {
}
