/**
 * The REST API of {@code shared/spec/api.md}: one resource per area and noun in {@code api.<area>}, reading requests
 * and answering with the API's own records (never entities or the services' records), so the services can change
 * without changing the contract. Refusals become the contract's error body in one place ({@link ApiExceptionMapper}).
 */
package com.soegroup.accountability.api;
