package dev.haloalertbridge.sandbox;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code GET /sandbox/tickets}: every ticket with its actions, for a person to look at
 * with curl. Not part of Halo's API, so it needs no token, ignores team visibility and
 * does not count against the rate limit.
 */
final class InspectionHandler {

	private static final List<String> FIELDS = List.of("id", "summary", "status_id", "client_id", "client_name", "team",
			"third_party_id_string", "hasbeenclosed");

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
		ticket.dateClosed().ifPresent((closed) -> summary.put("dateclosed", Json.format(closed)));
		summary.set("actions", Json.array(this.book.actions(ticket.id()).stream().map(SandboxAction::json).toList()));
		return summary;
	}

}
