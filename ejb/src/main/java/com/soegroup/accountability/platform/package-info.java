/**
 * What runs the application rather than a case: the schema migration at deployment (and the demo data),
 * the health check.
 */
package com.soegroup.accountability.platform;
