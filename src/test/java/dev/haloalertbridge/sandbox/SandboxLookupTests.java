package dev.haloalertbridge.sandbox;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxLookupTests extends SandboxHttpTests {

	private static final String API = "/sandbox/api";

	@Test
	void clientsAreWrappedAndSearchable() {
		JsonNode all = get("/Client");
		assertThat(all.path("record_count").asInt()).isEqualTo(2);
		assertThat(all.path("clients").get(0).path("ref").asString()).isEqualTo("ACME-001");
		assertThat(all.path("clients").get(0).path("main_site_id").asLong()).isEqualTo(34);
		JsonNode globex = get("/Client?search=globex");
		assertThat(globex.path("clients").size()).isEqualTo(1);
		assertThat(globex.path("clients").get(0).path("id").asLong()).isEqualTo(14);
		assertThat(get("/Client/12").path("name").asString()).isEqualTo("Acme Dental");
		this.calls.get(API + "/Client/99", this.token).expectStatus().isNotFound();
	}

	@Test
	void sitesAreWrappedWithADecimalClientId() {
		String body = this.calls.get(API + "/Site?client_id=12", this.token)
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).contains("\"client_id\":12.0").contains("\"record_count\":1").contains("\"name\":\"Main\"");
	}

	@Test
	void teamsAgentsTypesStatusesAndOutcomesArePlainArrays() {
		assertThat(get("/Team").values()).extracting((team) -> team.path("name").asString())
			.containsExactly("Service Desk", "Network Operations", "Security");
		assertThat(get("/Agent").isArray()).isTrue();
		assertThat(get("/TicketType").values()).extracting((type) -> type.path("id").asInt()).containsExactly(21, 1);
		assertThat(get("/TicketType").get(0).path("default_team").asString()).isEqualTo("Service Desk");
		assertThat(get("/Status").values()).extracting((status) -> status.path("id").asInt())
			.containsExactly(1, 2, 8, 9);
		assertThat(get("/Outcome").values()).extracting((outcome) -> outcome.path("id").asInt())
			.containsExactly(7, 8, 9);
	}

	@Test
	void prioritiesHaveGuidIdsAndIntegerPriorityIds() {
		JsonNode priorities = get("/Priority");
		assertThat(priorities.values()).extracting((priority) -> priority.path("priorityid").asInt())
			.containsExactly(1, 2, 3, 4);
		assertThat(priorities.get(0).path("id").isString()).isTrue();
		assertThat(priorities.get(0).path("id").asString()).matches("[0-9a-f-]{36}");
		assertThat(priorities.get(0).path("slaid").asInt()).isEqualTo(1);
	}

	@Test
	void agentMeIsTheApiAgentInTwoTeams() {
		JsonNode me = get("/Agent/me");
		assertThat(me.path("id").asInt()).isEqualTo(7);
		assertThat(me.path("email").asString()).isEqualTo("api@sandbox.example");
		assertThat(me.path("isapiagent").asBoolean()).isTrue();
		assertThat(me.path("teams").values()).extracting((team) -> team.path("team_name").asString())
			.containsExactly("Service Desk", "Network Operations");
		assertThat(me.path("teams").get(0).path("fortickets").asBoolean()).isTrue();
	}

	private JsonNode get(String path) {
		return SandboxCalls.json(this.calls.get(API + path, this.token).expectStatus().isOk());
	}

}
