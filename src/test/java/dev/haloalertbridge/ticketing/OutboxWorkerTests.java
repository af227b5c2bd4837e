package dev.haloalertbridge.ticketing;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.haloalertbridge.testsupport.BridgeTest;
import dev.haloalertbridge.testsupport.WireMockHalo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The worker's lifecycle: stopping drains what was accepted before it refuses more, and
 * starting again takes alerts again.
 */
@BridgeTest
class OutboxWorkerTests {

	private final WireMockServer halo = WireMockHalo.shared();

	@Autowired
	private OutboxWorker worker;

	@Autowired
	private WebTestClient web;

	@AfterEach
	void restart() {
		this.worker.start();
		WireMockHalo.reset(this.halo);
	}

	@Test
	void stopDrainsAcceptedAlertsThenRefusesNewOnesUntilStartedAgain() {
		await().until(this.worker::idle);
		WireMockHalo.reset(this.halo);
		this.halo.stubFor(post(urlPathEqualTo("/api/Tickets")).willReturn(aResponse().withStatus(201)
			.withFixedDelay(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":5000}")));
		List<String> ids = List.of("drain-1", "drain-2", "drain-3");
		ids.forEach((id) -> send(id).expectStatus().isAccepted());

		this.worker.stop();

		assertThat(this.worker.idle()).as("nothing due or in flight after the drain").isTrue();
		ids.forEach((id) -> this.halo.verify(1, postRequestedFor(urlPathEqualTo("/api/Tickets"))
			.withRequestBody(containing("\"summary\":\"[MEDIUM] " + id + "\""))));
		send("drain-4").expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("the bridge is shutting down; retry later");

		this.worker.start();
		send("drain-5").expectStatus().isAccepted();
		await().untilAsserted(() -> this.halo.verify(1, postRequestedFor(urlPathEqualTo("/api/Tickets"))
			.withRequestBody(containing("\"summary\":\"[MEDIUM] drain-5\""))));
	}

	private WebTestClient.ResponseSpec send(String id) {
		return this.web.post()
			.uri("/webhooks/generic")
			.headers((headers) -> headers.setBasicAuth("generic-user", "generic-pass"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"id\":\"" + id + "\",\"title\":\"" + id + "\"}")
			.exchange();
	}

}
