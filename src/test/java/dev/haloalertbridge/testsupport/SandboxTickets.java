package dev.haloalertbridge.testsupport;

import tools.jackson.databind.JsonNode;

import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Reads the sandbox's tickets with their notes ({@code GET /sandbox/tickets}), as a user
 * checks what the bridge did.
 */
public final class SandboxTickets {

	private SandboxTickets() {
	}

	/**
	 * Every ticket the sandbox holds, oldest first, however many.
	 * @param web a client of the running bridge
	 * @return the ticket list
	 */
	public static JsonNode list(WebTestClient web) {
		return web.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
			.build()
			.get()
			.uri("/sandbox/tickets")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

}
