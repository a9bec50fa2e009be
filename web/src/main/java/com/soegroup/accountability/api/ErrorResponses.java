package com.soegroup.accountability.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Gives every operation of the OpenAPI document its error answers: any status an operation does not describe
 * itself carries the api.md error body ({@link ApiError}), as {@link ApiExceptionMapper} writes it. Run by the build
 * (smallrye-open-api-maven-plugin) when it generates the document; nothing calls it at run time.
 */
public class ErrorResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getResponses().getAPIResponse("default") == null) {
                    operation.getResponses().addAPIResponse("default", OASFactory.createAPIResponse().ref("Error"));
                }
            }
        }
    }
}
