package dev.haloalertbridge.halo;

import java.util.List;

import dev.haloalertbridge.sandbox.SandboxHalo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox answers every lookup the way the parser reads Halo: each {@link Lookup}'s
 * path and query, sent to the sandbox, yields the seeded records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("sandbox")
@AutoConfigureWebTestClient
class SandboxLookupParsingTests {

	@Autowired
	private WebTestClient web;

	@Autowired
	private SandboxHalo halo;

	private String token;

	@BeforeEach
	void resetSandbox() {
		this.halo.reset();
		this.token = this.web.post()
			.uri("/sandbox/auth/token?tenant=sandbox")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("grant_type", "client_credentials")
				.with("client_id", "sandbox-client")
				.with("client_secret", "sandbox-secret")
				.with("scope", "all"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.path("access_token")
			.asString();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			CLIENTS      | 12:Acme Dental, 14:Globex Logistics
			TEAMS        | 4:Service Desk, 5:Network Operations, 6:Security
			TICKET_TYPES | 21:Alert, 1:Incident
			STATUSES     | 1:New, 2:In Progress, 8:Pending Closure, 9:Closed
			OUTCOMES     | 7:Internal Note, 8:Private Note, 9:Closed
			PRIORITIES   | 1:Critical, 2:High, 3:Medium, 4:Low
			AGENTS       | 7:Alert Bridge API
			""")
	void parserReadsTheSeededRecordsFromEachSandboxLookup(Lookup lookup, String expected) {
		assertThat(LookupParser.parse(lookup, get(lookup)))
			.extracting((record) -> new HaloRecord(record.id(), record.name()))
			.containsExactlyElementsOf(records(expected));
	}

	@Test
	void ticketTypesAndPrioritiesCarryTheirSla() {
		assertThat(LookupParser.parse(Lookup.TICKET_TYPES, get(Lookup.TICKET_TYPES)))
			.allSatisfy((type) -> assertThat(type.slaId()).hasValue(1));
		assertThat(LookupParser.parse(Lookup.PRIORITIES, get(Lookup.PRIORITIES)))
			.allSatisfy((priority) -> assertThat(priority.slaId()).hasValue(1));
	}

	@Test
	void parserReadsTheSandboxApiAgentAndItsTeams() {
		JsonNode me = this.web.get()
			.uri("/sandbox/api/Agent/me")
			.headers((headers) -> headers.setBearerAuth(this.token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(LookupParser.agent(me)).isEqualTo(new AgentProfile(7, "Alert Bridge API", true,
				List.of(new HaloRecord(4, "Service Desk"), new HaloRecord(5, "Network Operations"))));
	}

	private JsonNode get(Lookup lookup) {
		return this.web.get().uri((uri) -> {
			uri.path("/sandbox/api" + lookup.path());
			lookup.query().forEach(uri::queryParam);
			return uri.build();
		})
			.headers((headers) -> headers.setBearerAuth(this.token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private static List<HaloRecord> records(String expected) {
		return List.of(expected.split(","))
			.stream()
			.map((pair) -> pair.strip().split(":", 2))
			.map((pair) -> new HaloRecord(Long.parseLong(pair[0]), pair[1]))
			.toList();
	}

}
