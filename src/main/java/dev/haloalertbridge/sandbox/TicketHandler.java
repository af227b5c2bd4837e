package dev.haloalertbridge.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebInputException;

/**
 * {@code /sandbox/api/Tickets} and {@code /sandbox/api/Actions}: Halo's shared
 * create-or-update POST with an array body, the one-object or {@code returnall} array
 * answer, and the reads. Tickets the agent may not see are answered with 404.
 */
final class TicketHandler {

	private final TicketBook book;

	TicketHandler(TicketBook book) {
		this.book = book;
	}

	Mono<ServerResponse> saveTickets(ServerRequest request) {
		return saveAll(request, (item) -> this.book.save(item).json());
	}

	Mono<ServerResponse> saveActions(ServerRequest request) {
		return saveAll(request, (item) -> this.book.addAction(item).json());
	}

	Mono<ServerResponse> ticket(ServerRequest request) {
		return Mono.fromCallable(() -> this.book.visibleOrNotFound(pathId(request)).json()).flatMap(TicketHandler::ok);
	}

	Mono<ServerResponse> tickets(ServerRequest request) {
		TicketQuery query = TicketQuery.from(request);
		return Mono
			.fromCallable(() -> this.book.visible().stream().filter(query::matches).map(SandboxTicket::json).toList())
			.map((matches) -> Paging.from(request).wrap("tickets", matches))
			.flatMap(TicketHandler::ok);
	}

	Mono<ServerResponse> actions(ServerRequest request) {
		return Mono.fromCallable(() -> {
			long ticketId = this.book.visibleOrNotFound(ticketIdParam(request)).id();
			List<ObjectNode> actions = this.book.actions(ticketId).stream().map(SandboxAction::json).toList();
			ObjectNode body = Json.object().put("ticket_id", ticketId).put("record_count", actions.size());
			body.set("actions", Json.array(actions));
			return body;
		}).flatMap(TicketHandler::ok);
	}

	Mono<ServerResponse> action(ServerRequest request) {
		return Mono.fromCallable(() -> {
			long id = pathId(request);
			long ticketId = this.book.visibleOrNotFound(ticketIdParam(request)).id();
			return this.book.actions(ticketId)
				.stream()
				.filter((action) -> action.id() == id)
				.findFirst()
				.orElseThrow(() -> HaloError.notFound("Action " + id + " not found"))
				.json();
		}).flatMap(TicketHandler::ok);
	}

	private Mono<ServerResponse> saveAll(ServerRequest request, Function<JsonNode, ObjectNode> save) {
		boolean returnAll = request.queryParam("returnall").map(Boolean::parseBoolean).orElse(false);
		return request.bodyToMono(JsonNode.class)
			.onErrorMap(ServerWebInputException.class,
					(ex) -> HaloError.badRequest("The request body is not valid JSON"))
			.switchIfEmpty(Mono.error(() -> HaloError.badRequest("The request body must be a JSON array")))
			.map((body) -> {
				List<ObjectNode> saved = saveEach(body, save);
				return returnAll ? Json.array(saved) : saved.get(saved.size() - 1);
			})
			.flatMap((body) -> ServerResponse.status(HttpStatus.CREATED)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body));
	}

	/**
	 * Saves in order; the first invalid item stops the batch, earlier items stay saved.
	 */
	private static List<ObjectNode> saveEach(JsonNode body, Function<JsonNode, ObjectNode> save) {
		if (!body.isArray() || body.isEmpty()) {
			throw HaloError.badRequest("The request body must be a non-empty JSON array");
		}
		List<ObjectNode> saved = new ArrayList<>();
		for (JsonNode item : body) {
			if (!item.isObject()) {
				throw HaloError.badRequest("Each item of the request body must be a JSON object");
			}
			saved.add(save.apply(item));
		}
		return saved;
	}

	private static long pathId(ServerRequest request) {
		String id = request.pathVariable("id");
		return Json.parse(id).orElseThrow(() -> HaloError.notFound("No record with id " + id));
	}

	private static long ticketIdParam(ServerRequest request) {
		return request.queryParam("ticket_id")
			.flatMap(Json::parse)
			.orElseThrow(() -> HaloError.badRequest("ticket_id is required"));
	}

	static Mono<ServerResponse> ok(JsonNode body) {
		return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(body);
	}

}
