package dev.haloalertbridge.sandbox;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * A request the sandbox refuses, carrying the status and the body Halo would send. Thrown
 * from the state code and turned into a response at the router's edge.
 */
final class HaloError extends RuntimeException {

	private final HttpStatus status;

	private final transient JsonNode body;

	private HaloError(HttpStatus status, JsonNode body) {
		super(status + " " + body, null, false, false);
		this.status = status;
		this.body = body;
	}

	/**
	 * A 400 shaped like a serialised .NET exception, as Halo answers business-rule
	 * failures.
	 */
	static HaloError badRequest(String message) {
		ObjectNode body = Json.object();
		body.put("ClassName", "System.Exception");
		body.put("Message", message);
		return new HaloError(HttpStatus.BAD_REQUEST, body);
	}

	/** A 400 whose body is a bare JSON string, as Halo sends for some action rules. */
	static HaloError badRequestString(String message) {
		return new HaloError(HttpStatus.BAD_REQUEST, Json.string(message));
	}

	static HaloError notFound(String message) {
		return new HaloError(HttpStatus.NOT_FOUND, Json.object().put("Message", message));
	}

	Mono<ServerResponse> response() {
		return ServerResponse.status(this.status).contentType(MediaType.APPLICATION_JSON).bodyValue(this.body);
	}

}
