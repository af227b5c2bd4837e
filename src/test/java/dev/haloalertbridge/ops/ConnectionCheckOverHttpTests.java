package dev.haloalertbridge.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.haloalertbridge.alert.Severity;
import dev.haloalertbridge.halo.HaloProperties;
import dev.haloalertbridge.halo.WiredHaloClient;
import dev.haloalertbridge.mapping.MappingProperties;
import dev.haloalertbridge.mapping.MappingProperties.Defaults;
import dev.haloalertbridge.mapping.MappingProperties.Match;
import dev.haloalertbridge.mapping.MappingProperties.Rule;
import dev.haloalertbridge.testsupport.HaloOpenApi;
import dev.haloalertbridge.testsupport.MutableClock;
import dev.haloalertbridge.testsupport.WireMockHalo;
import dev.haloalertbridge.ticketing.TicketingProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connection check through the real Halo client against a WireMock Halo: each mistake
 * a user makes in Halo or in the configuration gives the failure that names its fix, and
 * every request the check sends is valid by Halo's OpenAPI document.
 */
class ConnectionCheckOverHttpTests {

	private final WireMockServer halo = WireMockHalo.start();

	private final MappingProperties mapping = new MappingProperties(
			new Defaults(12, null, "Service Desk", 21, Map.of(Severity.CRITICAL, 1)),
			List.of(new Rule("", "GLOBEX-014", Match.ANY, null, "Acme Dental", null, "Network Operations", null, null,
					Map.of(Severity.HIGH, 2), null, null, null)));

	@BeforeEach
	void stubAGoodHalo() {
		stub("/api/Agent/me", "{\"id\":7,\"name\":\"Alert Bridge API\",\"isapiagent\":true,"
				+ "\"teams\":[{\"team_id\":4,\"team_name\":\"Service Desk\"}]}");
		stub("/api/Team", "[{\"id\":4,\"name\":\"Service Desk\"},{\"id\":5,\"name\":\"Network Operations\"}]");
		stub("/api/TicketType", "[{\"id\":21,\"name\":\"Alert\",\"default_sla\":1}]");
		stub("/api/Status", "[{\"id\":1,\"name\":\"New\"},{\"id\":9,\"name\":\"Closed\"}]");
		stub("/api/Outcome", "[{\"id\":7,\"outcome\":\"Internal Note\"}]");
		stub("/api/Client", "{\"record_count\":1,\"clients\":[{\"id\":12,\"name\":\"Acme Dental\"}]}");
		stub("/api/Priority", "[{\"id\":\"a1\",\"priorityid\":1,\"slaid\":1,\"name\":\"Critical\"},"
				+ "{\"id\":\"a2\",\"priorityid\":2,\"slaid\":1,\"name\":\"High\"}]");
	}

	@AfterEach
	void stop() {
		HaloOpenApi.assertEveryApiRequestValid(this.halo);
		this.halo.stop();
	}

	@Test
	void everyCheckPassesAgainstAGoodHalo() {
		List<Check> checks = check();
		assertThat(checks).extracting(Check::name)
			.containsExactly("token", "teams", "ticket types", "closed status", "note outcome", "mapping",
					"rate limit");
		assertThat(checks)
			.allSatisfy((check) -> assertThat(check.outcome()).as(check.line()).isEqualTo(Check.Outcome.PASSED));
		assertThat(checks.toString()).doesNotContain(WireMockHalo.CLIENT_SECRET);
	}

	static Stream<Arguments> mistakes() {
		return Stream.of(
				mistake("Client ID or Secret refused",
						(halo) -> halo.stubFor(post(urlPathEqualTo("/auth/token"))
							.willReturn(json(401, "{\"error\":\"invalid_client\"}"))),
						"token", "the Client ID changes when the application is saved"),
				mistake("wrong Authorization Server",
						(halo) -> halo
							.stubFor(post(urlPathEqualTo("/auth/token")).willReturn(aResponse().withStatus(404))),
						"token", "the Authorization Server answered 404"),
				mistake("wrong tenant: the token is refused by the API",
						(halo) -> halo
							.stubFor(get(urlPathEqualTo("/api/Agent/me")).willReturn(aResponse().withStatus(401))),
						"token", "check the Tenant"),
				mistake("team the agent cannot see",
						(halo) -> stub(halo, "/api/Team", "[{\"id\":4,\"name\":\"Service Desk\"}]"), "teams",
						"the API agent cannot see \"Network Operations\""),
				mistake("ticket type missing", (halo) -> stub(halo, "/api/TicketType", "[]"), "ticket types",
						"no active ticket type with id 21"),
				mistake("closed status missing", (halo) -> stub(halo, "/api/Status", "[{\"id\":1,\"name\":\"New\"}]"),
						"closed status", "Halo has no ticket status 9"),
				mistake("note outcome missing", (halo) -> stub(halo, "/api/Outcome", "[]"), "note outcome",
						"Halo has no action outcome 7"),
				mistake("client list forbidden: a missing permission",
						(halo) -> halo
							.stubFor(get(urlPathEqualTo("/api/Client")).willReturn(aResponse().withStatus(403))),
						"mapping", "give the application the permission read:customers"),
				mistake("client name Halo does not have",
						(halo) -> stub(halo, "/api/Client", "{\"clients\":[{\"id\":12,\"name\":\"Acme Dental Ltd\"}]}"),
						"mapping", "bridge.mapping.rules[0]: Halo has no client named \"Acme Dental\""),
				mistake("priority of another SLA",
						(halo) -> stub(halo, "/api/Priority",
								"[{\"id\":\"b1\",\"priorityid\":1,\"slaid\":2,\"name\":\"P1\"}]"),
						"mapping", "priority 1 is not a priority of SLA 1, the SLA of ticket type 21 \"Alert\""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mistakes")
	void mistakeFailsItsCheckWithTheFix(String mistake, Consumer<WireMockServer> stubs, String name, String fix) {
		stubs.accept(this.halo);
		Check check = check().stream().filter((c) -> c.name().equals(name)).findFirst().orElseThrow();
		assertThat(check.outcome()).isEqualTo(Check.Outcome.FAILED);
		assertThat(check.detail()).contains(fix).doesNotContain(WireMockHalo.CLIENT_SECRET);
	}

	@Test
	void probeTicketConfirmsATeamTheAgentIsNotAMemberOf() {
		stub("/api/Tickets/4321", "{\"id\":4321,\"team\":\"Network Operations\",\"status_id\":1}");
		Check teams = check(true).get(1);
		assertThat(teams.outcome()).as(teams.line()).isEqualTo(Check.Outcome.PASSED);
		assertThat(teams.detail()).contains("confirmed by probe tickets");
		assertThat(WireMockHalo.count(this.halo, "POST", "/api/Tickets")).isEqualTo(1);
		assertThat(WireMockHalo.count(this.halo, "POST", "/api/Actions")).isEqualTo(1);
	}

	private List<Check> check() {
		return check(false);
	}

	private List<Check> check(boolean probe) {
		TicketingProperties ticketing = new TicketingProperties(true, 9, 7, true, 200, 4000, Duration.ofSeconds(20));
		HaloProperties.Budget budget = new HaloProperties.Budget(300, Duration.ofMinutes(5), 15, 30,
				Duration.ofSeconds(60));
		MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:15:00Z"));
		var client = WiredHaloClient.of(this.halo, clock, new SimpleMeterRegistry());
		HaloProperties properties = new HaloProperties("id", "secret", "https://acme.halopsa.com/api",
				"https://acme.halopsa.com/auth/", "acme", "all", Duration.ofSeconds(5), Duration.ofSeconds(20),
				Duration.ofSeconds(60), budget);
		return new ConnectionCheck(client, this.mapping, ticketing, properties,
				new CheckProperties(false, Duration.ofMinutes(5), probe))
			.run()
			.block(Duration.ofSeconds(30));
	}

	private void stub(String path, String body) {
		stub(this.halo, path, body);
	}

	private static void stub(WireMockServer halo, String path, String body) {
		halo.stubFor(get(urlPathEqualTo(path)).willReturn(json(200, body)));
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

	private static Arguments mistake(String mistake, Consumer<WireMockServer> stubs, String check, String fix) {
		return Arguments.of(mistake, stubs, check, fix);
	}

}
