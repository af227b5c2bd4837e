package dev.haloalertbridge.ticketing;

import java.time.Duration;
import java.util.Optional;

import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.testsupport.BridgeTest;
import dev.haloalertbridge.testsupport.HaloOpenApi;
import dev.haloalertbridge.testsupport.WireMockHalo;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the outbox owes Halo when things go wrong, end to end over HTTP: a resolve for a
 * fingerprint the ledger lost is looked up in Halo, a create Halo refuses for good ends
 * rejected, a failed create is retried after its backoff, a refused search still opens
 * the ticket.
 */
@BridgeTest
class OwedWritesEndToEndTests extends EndToEndTestBase {

	@Test
	void resolvedAlertForAnUnknownFingerprintIsLookedUpAndWritesNothingWhenHaloHasNoOpenTicket() {
		double before = decided("resolved_unknown");
		double notFound = lookups("not_found");
		String fingerprint = postGeneric("{\"id\":\"never-fired\",\"title\":\"gone\",\"status\":\"resolved\"}");
		await().until(() -> lookups("not_found") == notFound + 1);
		assertThat(decided("resolved_unknown")).isEqualTo(before + 1);
		this.halo.verify(getRequestedFor(urlPathEqualTo("/api/Tickets")).withQueryParam("third_party_id_string",
				equalTo(fingerprint)));
		assertThat(ticketPosts()).isEmpty();
		assertThat(actionPosts()).isEmpty();
	}

	@Test
	void resolveForAFingerprintTheLedgerLostClosesTheOpenTicketFoundInHalo() {
		String fingerprint = postGeneric("{\"id\":\"lost-1\",\"title\":\"UPS on battery\"}");
		await().until(() -> ticketPosts().size() == 1);
		// a restart or an eviction: the ledger no longer knows the fingerprint
		this.ledger.update(new Fingerprint(fingerprint), (entry) -> Optional.empty());
		this.halo
			.stubFor(get(urlPathEqualTo("/api/Tickets")).withQueryParam("third_party_id_string", equalTo(fingerprint))
				.willReturn(aResponse().withStatus(200)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"record_count\":1,\"tickets\":[{\"id\":4321,\"third_party_id_string\":\"" + fingerprint
							+ "\"}]}")));
		double found = lookups("found");

		postGeneric("{\"id\":\"lost-1\",\"title\":\"UPS on battery\",\"status\":\"resolved\"}");

		await().until(() -> actionPosts().size() == 1);
		JsonNode note = this.json.readTree(actionPosts().get(0).getBodyAsString()).get(0);
		assertThat(note.path("ticket_id").asLong()).isEqualTo(4321);
		assertThat(note.path("new_status").asInt()).isEqualTo(9);
		assertThat(lookups("found")).isEqualTo(found + 1);
		assertThat(ticketPosts()).hasSize(1);
		HaloOpenApi.assertEveryApiRequestValid(this.halo);
	}

	@Test
	void createHaloRefusesForGoodEndsRejectedAfterTheCappedRetries() {
		this.halo.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/api/Tickets"))
			.willReturn(aResponse().withStatus(400).withBody("\"Please select a valid Client\"")));
		double rejected = this.registry.get("bridge.writes.rejected").tag("kind", "create").counter().count();
		postGeneric("{\"id\":\"poisoned-1\",\"title\":\"disk full\"}");
		// The clock moves only once the writer has settled the refusal and owed the
		// retry.
		await().until(() -> ticketPosts().size() == 1 && this.worker.idle());
		// retry-backoff 1m in these tests, doubled per failure
		this.clock.advance(Duration.ofMinutes(1));
		await().until(() -> ticketPosts().size() == 2 && this.worker.idle());
		this.clock.advance(Duration.ofMinutes(2));
		await()
			.until(() -> this.registry.get("bridge.writes.rejected").tag("kind", "create").counter().count() == rejected
					+ 1);
		assertThat(ticketPosts()).hasSize(3);
		assertThat(this.registry.get("bridge.outbox.rejected").gauge().value()).isGreaterThanOrEqualTo(1);

		// set aside for good: neither time nor repeats bring it back
		postGeneric("{\"id\":\"poisoned-1\",\"title\":\"disk full\"}");
		this.clock.advance(Duration.ofHours(1));
		await().during(Duration.ofMillis(300)).until(() -> ticketPosts().size() == 3);
	}

	@Test
	void createThatFailsIsRetriedAfterTheBackoffAndOpensExactlyOneTicket() {
		this.halo.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/api/Tickets"))
			.willReturn(aResponse().withStatus(503).withBody("{\"Message\":\"down for maintenance\"}")));
		double failures = this.registry.get("bridge.pipeline.failures").tag("stage", "create").counter().count();
		postGeneric("{\"id\":\"halo-down-1\",\"title\":\"disk full\"}");
		await().until(
				() -> this.registry.get("bridge.pipeline.failures").tag("stage", "create").counter().count() == failures
						+ 1);
		// the shipped policy: three attempts in the call, then the outbox's backoff
		assertThat(ticketPosts()).hasSize(3);
		WireMockHalo.reset(this.halo);
		this.clock.advance(Duration.ofMinutes(2));
		await().until(() -> ticketPosts().size() == 1);
		this.clock.advance(Duration.ofMinutes(2));
		await().during(Duration.ofMillis(300)).until(() -> ticketPosts().size() == 1);
	}

	@Test
	void refusedTicketSearchStillOpensTheTicket() {
		this.halo.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/api/Tickets"))
			.willReturn(aResponse().withStatus(403)));
		postGeneric("{\"id\":\"no-search-permission\",\"title\":\"disk full\"}");
		await().until(() -> ticketPosts().size() == 1);
	}

}
