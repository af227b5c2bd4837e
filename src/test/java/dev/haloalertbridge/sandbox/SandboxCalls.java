package dev.haloalertbridge.sandbox;

import java.net.URI;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Requests against the sandbox that many tests repeat: a token, a POST with an array
 * body, a GET with a bearer token.
 */
final class SandboxCalls {

	static final String ALERT_TICKET = """
			[{"summary":"[ALERT db01] Disk usage 97%","details":"Disk usage crossed 95%","tickettype_id":21,
			  "client_id":12,"third_party_id_string":"prom:alertmanager:abc","priority_id":2,"no_such_field":1}]""";

	private final WebTestClient web;

	SandboxCalls(WebTestClient web) {
		this.web = web;
	}

	WebTestClient.ResponseSpec requestToken(String secret, String scope, String tenant) {
		return this.web.post()
			.uri((uri) -> uri.path("/sandbox/auth/token").queryParam("tenant", tenant).build())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("grant_type", "client_credentials")
				.with("client_id", "sandbox-client")
				.with("client_secret", secret)
				.with("scope", scope))
			.exchange();
	}

	WebTestClient.ResponseSpec requestToken(URI tokenUri) {
		return this.web.post()
			.uri(tokenUri)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("grant_type", "client_credentials")
				.with("client_id", "sandbox-client")
				.with("client_secret", "sandbox-secret")
				.with("scope", "all"))
			.exchange();
	}

	String token(String scope) {
		return json(requestToken("sandbox-secret", scope, "sandbox").expectStatus().isOk()).path("access_token")
			.asString();
	}

	String token() {
		return token("all");
	}

	WebTestClient.ResponseSpec post(String path, String token, String body) {
		return this.web.post()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	WebTestClient.ResponseSpec get(String path, String token) {
		return this.web.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

	long createAlertTicket(String token) {
		return json(post("/sandbox/api/Tickets", token, ALERT_TICKET).expectStatus().isCreated()).path("id").asLong();
	}

	static JsonNode json(WebTestClient.ResponseSpec response) {
		return response.expectBody(JsonNode.class).returnResult().getResponseBody();
	}

}
