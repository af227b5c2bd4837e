package dev.haloalertbridge.sandbox;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code GET /sandbox/tickets}: every ticket with what the mapping set (client, site,
 * team, ticket type and priority, by id and name) and its actions, for a person to look
 * at with curl. Not part of Halo's API, so it needs no token, ignores team visibility and
 * does not count against the rate limit.
 */
final class InspectionHandler {

	private static final List<String> FIELDS = List.of("id", "summary", "status_id", "priority_id", "client_id",
			"client_name", "site_id", "team_id", "team", "tickettype_id", "third_party_id_string", "hasbeenclosed");

	private final TicketBook book;

	InspectionHandler(TicketBook book) {
		this.book = book;
	}

	Mono<ServerResponse> tickets(ServerRequest request) {
		return Mono.fromCallable(() -> Json.array(this.book.all().stream().map(this::summary).toList()))
			.flatMap(TicketHandler::ok);
	}

	private ObjectNode summary(SandboxTicket ticket) {
		ObjectNode json = ticket.json();
		ObjectNode summary = Json.object();
		FIELDS.forEach((name) -> summary.set(name, json.path(name).deepCopy()));
		summary.put("status", SandboxSeed.status(ticket.statusId()).map(SandboxSeed.Status::name).orElse(""));
		// Halo answers with the id only; a person checking a mapping rule wants the name
		// beside it.
		summary.put("priority",
				SandboxSeed.priority(json.path("priority_id").asLong()).map(SandboxSeed.Priority::name).orElse(""));
		ticket.dateClosed().ifPresent((closed) -> summary.put("dateclosed", Json.format(closed)));
		summary.set("actions", Json.array(this.book.actions(ticket.id()).stream().map(SandboxAction::json).toList()));
		return summary;
	}

}
