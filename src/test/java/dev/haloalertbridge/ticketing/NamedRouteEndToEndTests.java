package dev.haloalertbridge.ticketing;

import dev.haloalertbridge.testsupport.BridgeTest;
import dev.haloalertbridge.testsupport.HaloOpenApi;
import dev.haloalertbridge.testsupport.WireMockHalo;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rule that names its client, ticket type and agent: the names are read from Halo once
 * and the ids sent; the second alert makes no lookup call.
 */
@BridgeTest
class NamedRouteEndToEndTests extends EndToEndTestBase {

	@Test
	void namesResolveThroughOneLookupEachAndASecondAlertMakesNone() {
		stubLists();
		postGeneric("{\"id\":\"named-1\",\"title\":\"Disk full on db01\",\"customer\":\"NAMED-7\"}");
		await().until(() -> ticketPosts().size() == 1);
		postGeneric("{\"id\":\"named-2\",\"title\":\"Disk full on db02\",\"customer\":\"NAMED-7\"}");
		await().until(() -> ticketPosts().size() == 2);

		assertThat(WireMockHalo.count(this.halo, "GET", "/api/Client")).isEqualTo(1);
		assertThat(WireMockHalo.count(this.halo, "GET", "/api/TicketType")).isEqualTo(1);
		assertThat(WireMockHalo.count(this.halo, "GET", "/api/Agent")).isEqualTo(1);
		for (int i = 0; i < 2; i++) {
			JsonNode ticket = this.json.readTree(ticketPosts().get(i).getBodyAsString()).get(0);
			assertThat(ticket.path("client_id").asInt()).isEqualTo(12);
			assertThat(ticket.path("tickettype_id").asInt()).isEqualTo(21);
			assertThat(ticket.path("agent_id").asInt()).isEqualTo(3);
			assertThat(ticket.path("category_1").asString()).isEqualTo("Monitoring>Alert");
			assertThat(ticket.path("team").asString()).isEqualTo("Service Desk");
		}
		HaloOpenApi.assertEveryApiRequestValid(this.halo);
	}

	private void stubLists() {
		this.halo.stubFor(get(urlPathEqualTo("/api/Client")).willReturn(json("{\"record_count\":2,\"clients\":["
				+ "{\"id\":12,\"name\":\"Acme Dental\"},{\"id\":14,\"name\":\"Globex Logistics\"}]}")));
		this.halo.stubFor(get(urlPathEqualTo("/api/TicketType"))
			.willReturn(json("[{\"id\":21,\"name\":\"Alert\",\"default_sla\":1},{\"id\":1,\"name\":\"Incident\"}]")));
		this.halo.stubFor(get(urlPathEqualTo("/api/Agent"))
			.willReturn(json("[{\"id\":3,\"name\":\"Dana Whitfield\"},{\"id\":7,\"name\":\"Alert Bridge API\"}]")));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

}
