package dev.haloalertbridge.halo;

import java.util.Locale;
import java.util.Map;

/**
 * The lists the bridge reads from Halo to check and resolve its mapping (clients, teams,
 * ticket types, statuses, outcomes, priorities, agents). Each knows its path under the
 * resource server and the query the bridge sends, so every caller asks Halo the same
 * question and the tests can check it against Halo's OpenAPI document.
 * <p>
 * The queries ask for what the API agent may see and no more: no {@code showall} (Halo's
 * "admin override ... overriding permissions"), because a team or ticket type the agent
 * cannot see is one the bridge cannot use either.
 */
public enum Lookup {

	/**
	 * {@code GET /Client?pageinate=false}: the whole list in one call rather than one
	 * call per page, since the bridge needs every client and each call counts against
	 * Halo's rate limit. The answer is wrapped ({@code {"record_count", "clients":
	 * [...]}}).
	 */
	CLIENTS("/Client", Map.of("pageinate", "false")),

	/**
	 * {@code GET /Team}, with no filter: the teams the API agent can see.
	 */
	TEAMS("/Team", Map.of()),

	/**
	 * {@code GET /TicketType?showinactive=false}: the mapping should not send new tickets
	 * to a type someone has retired.
	 */
	TICKET_TYPES("/TicketType", Map.of("showinactive", "false")),

	/**
	 * {@code GET /Status?type=ticket}: the statuses of tickets, the closed one included,
	 * since the bridge closes tickets. Halo's OpenAPI document names {@code type} without
	 * listing its values; {@code ticket} is the one the HaloAPI PowerShell module
	 * documents.
	 */
	STATUSES("/Status", Map.of("type", "ticket")),

	/**
	 * {@code GET /Outcome}: every action outcome; a note needs one.
	 */
	OUTCOMES("/Outcome", Map.of()),

	/**
	 * {@code GET /Priority}: the priorities of every SLA. Without {@code slaid} one call
	 * covers them all; the same {@code priorityid} repeats once per SLA.
	 */
	PRIORITIES("/Priority", Map.of()),

	/**
	 * {@code GET /Agent}: the agents the API agent can see; the parser leaves out
	 * disabled ones if Halo sends them.
	 */
	AGENTS("/Agent", Map.of());

	private final String path;

	private final Map<String, String> query;

	Lookup(String path, Map<String, String> query) {
		this.path = path;
		this.query = query;
	}

	/**
	 * The path relative to Halo's resource server ({@code https://<host>/api}).
	 * @return the path, for example {@code /Client}
	 */
	public String path() {
		return this.path;
	}

	/**
	 * The query parameters to send, unencoded.
	 * @return parameter names to values; empty when Halo's defaults are what the bridge
	 * wants
	 */
	public Map<String, String> query() {
		return this.query;
	}

	/**
	 * The lower-case name for logs and metric tags.
	 * @return the tag value, for example {@code ticket_types}
	 */
	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}
