package dev.haloalertbridge.sandbox;

import dev.haloalertbridge.sandbox.SandboxSeed.Agent;
import dev.haloalertbridge.sandbox.SandboxSeed.Client;
import dev.haloalertbridge.sandbox.SandboxSeed.Outcome;
import dev.haloalertbridge.sandbox.SandboxSeed.Priority;
import dev.haloalertbridge.sandbox.SandboxSeed.Site;
import dev.haloalertbridge.sandbox.SandboxSeed.Status;
import dev.haloalertbridge.sandbox.SandboxSeed.Team;
import dev.haloalertbridge.sandbox.SandboxSeed.TicketType;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The wire form of the seeded lookups, with Halo's number noise: a site's
 * {@code client_id} is a decimal ({@code 12.0}) and a priority's {@code id} a GUID string
 * beside the integer {@code priorityid} that tickets use.
 */
final class LookupRenderer {

	private static final int DEPARTMENT_ID = 1;

	private LookupRenderer() {
	}

	static ObjectNode client(Client client) {
		ObjectNode json = Json.object().put("id", client.id()).put("name", client.name());
		json.put("toplevel_id", 1).put("toplevel_name", "Customers").put("inactive", false);
		return json.put("main_site_id", client.mainSiteId()).put("ref", client.ref());
	}

	static ObjectNode site(Site site) {
		String clientName = SandboxSeed.client(site.clientId()).map(Client::name).orElse("");
		ObjectNode json = Json.object().put("id", site.id()).put("name", site.name());
		json.put("client_id", (double) site.clientId()).put("client_name", clientName);
		return json.put("clientsite_name", clientName + " / " + site.name()).put("inactive", false);
	}

	static ObjectNode team(Team team) {
		ObjectNode json = Json.object().put("id", team.id()).put("name", team.name()).put("inactive", false);
		return json.put("forrequests", true).put("department_id", DEPARTMENT_ID).put("department_name", "IT");
	}

	static ObjectNode agent(Agent agent) {
		ObjectNode json = Json.object().put("id", agent.id()).put("name", agent.name()).put("email", agent.email());
		json.put("isapiagent", true).put("is_admin", false).put("isdisabled", false);
		json.put("team", agent.teams().get(0).name());
		ArrayNode teams = json.putArray("teams");
		agent.teams().forEach((team) -> teams.add(membership(team)));
		return json;
	}

	static ObjectNode ticketType(TicketType type) {
		ObjectNode json = Json.object().put("id", type.id()).put("name", type.name());
		json.put("default_sla", type.defaultSla()).put("initial_status", type.initialStatus());
		return json.put("default_team", type.defaultTeam()).put("visible", true);
	}

	static ObjectNode status(Status status) {
		ObjectNode json = Json.object().put("id", status.id()).put("name", status.name());
		return json.put("shortname", status.name()).put("type", 0).put("sequence", status.id());
	}

	static ObjectNode priority(Priority priority) {
		ObjectNode json = Json.object().put("id", priority.id()).put("priorityid", priority.priorityId());
		return json.put("slaid", priority.slaId()).put("name", priority.name()).put("ishidden", false);
	}

	static ObjectNode outcome(Outcome outcome) {
		return Json.object().put("id", outcome.id()).put("outcome", outcome.name()).put("name", outcome.name());
	}

	private static ObjectNode membership(Team team) {
		ObjectNode json = Json.object().put("team_id", team.id()).put("team_name", team.name());
		json.put("department_id", DEPARTMENT_ID).put("is_manager", false);
		return json.put("fortickets", true).put("in_section", true);
	}

}
