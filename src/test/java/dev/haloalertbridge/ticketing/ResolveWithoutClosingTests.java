package dev.haloalertbridge.ticketing;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.haloalertbridge.testsupport.BridgeTest;
import dev.haloalertbridge.testsupport.HaloOpenApi;
import dev.haloalertbridge.testsupport.MutableClock;
import dev.haloalertbridge.testsupport.WireMockHalo;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With {@code close-on-resolve} off, a resolved alert adds one note and leaves the ticket
 * open; the note is not written again, and a new firing goes on the same ticket.
 */
@BridgeTest
@TestPropertySource(properties = "bridge.ticketing.close-on-resolve=false")
class ResolveWithoutClosingTests {

	private final WireMockServer halo = WireMockHalo.shared();

	@Autowired
	private WebTestClient web;

	@Autowired
	private MutableClock clock;

	@Autowired
	private OutboxWorker worker;

	@Autowired
	private JsonMapper json;

	@Test
	void resolutionIsNotedOnceAndTheTicketStaysOpenForTheNextFiring() {
		await().until(this.worker::idle);
		WireMockHalo.reset(this.halo);
		post("firing");
		await().until(() -> posts("/api/Tickets").size() == 1);
		post("resolved");
		await().until(() -> posts("/api/Actions").size() == 1);
		assertThat(this.json.readTree(posts("/api/Actions").get(0).getBodyAsString()).get(0).has("new_status"))
			.isFalse();

		this.clock.advance(Duration.ofMinutes(5));
		await().during(Duration.ofMillis(400)).until(() -> posts("/api/Actions").size() == 1);

		post("firing");
		this.clock.advance(Duration.ofMinutes(11));
		await().until(() -> posts("/api/Actions").size() == 2);
		assertThat(posts("/api/Tickets")).hasSize(1);
		assertThat(posts("/api/Actions").get(1).getBodyAsString()).contains("Alert fired again");
		HaloOpenApi.assertEveryApiRequestValid(this.halo);
	}

	private List<LoggedRequest> posts(String path) {
		return this.halo.findAll(postRequestedFor(urlPathEqualTo(path)));
	}

	private void post(String status) {
		this.web.post()
			.uri("/webhooks/generic")
			.headers((headers) -> headers.setBasicAuth("generic-user", "generic-pass"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"id\":\"left-open\",\"title\":\"UPS on battery\",\"status\":\"" + status + "\"}")
			.exchange()
			.expectStatus()
			.isAccepted();
	}

}
