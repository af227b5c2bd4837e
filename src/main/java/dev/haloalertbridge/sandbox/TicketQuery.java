package dev.haloalertbridge.sandbox;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.web.reactive.function.server.ServerRequest;

/**
 * The filters of {@code GET /api/Tickets} the sandbox understands. {@code
 * third_party_id_string} matches exactly; {@code search_summary} is a case-insensitive
 * substring; {@code team} is a comma-separated list of team ids.
 *
 * @param thirdPartyIdString exact external reference
 * @param clientId the client
 * @param openOnly only tickets whose status is not the closed one
 * @param closedOnly only tickets in the closed status
 * @param searchSummary text the summary contains
 * @param statusId the status
 * @param teamIds the teams, empty for any
 */
record TicketQuery(Optional<String> thirdPartyIdString, Optional<Long> clientId, boolean openOnly, boolean closedOnly,
		Optional<String> searchSummary, Optional<Long> statusId, Set<Long> teamIds) {

	static TicketQuery from(ServerRequest request) {
		return new TicketQuery(request.queryParam("third_party_id_string"), longParam(request, "client_id"),
				flag(request, "open_only"), flag(request, "closed_only"), request.queryParam("search_summary"),
				longParam(request, "status_id"), teams(request));
	}

	boolean matches(SandboxTicket ticket) {
		return this.thirdPartyIdString.map(ticket.thirdPartyIdString()::equals).orElse(true)
				&& this.clientId.map((id) -> id == ticket.clientId()).orElse(true)
				&& (!this.openOnly || ticket.isOpen()) && (!this.closedOnly || !ticket.isOpen())
				&& this.searchSummary.map((text) -> contains(ticket.summary(), text)).orElse(true)
				&& this.statusId.map((id) -> id == ticket.statusId()).orElse(true)
				&& (this.teamIds.isEmpty() || this.teamIds.contains(ticket.json().path("team_id").asLong()));
	}

	private static boolean contains(String summary, String text) {
		return summary.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
	}

	private static boolean flag(ServerRequest request, String name) {
		return request.queryParam(name).map(Boolean::parseBoolean).orElse(false);
	}

	private static Optional<Long> longParam(ServerRequest request, String name) {
		return request.queryParam(name).flatMap(Json::parse);
	}

	private static Set<Long> teams(ServerRequest request) {
		return request.queryParam("team")
			.map((list) -> Arrays.stream(list.split(","))
				.map(Json::parse)
				.flatMap(Optional::stream)
				.collect(Collectors.toSet()))
			.orElse(Set.of());
	}

}
