package dev.haloalertbridge.halo;

import java.util.List;
import java.util.Objects;

/**
 * The agent the bridge's API application acts as ({@code GET /Agent/me}). Halo shows an
 * API call only what this agent may see, so its teams say which tickets the bridge can
 * find again.
 *
 * @param id the agent's id
 * @param name the agent's name, trimmed and never blank
 * @param apiAgent whether Halo marks it as an API-only agent
 * @param teams the teams it is a member of; when Halo sends no membership list, only its
 * default team, with id 0 because that field carries no id
 */
public record AgentProfile(long id, String name, boolean apiAgent, List<HaloRecord> teams) {

	public AgentProfile {
		Objects.requireNonNull(name, "name");
		name = name.strip();
		if (name.isEmpty()) {
			throw new IllegalArgumentException("name must not be blank");
		}
		teams = List.copyOf(teams);
	}

}
