package dev.haloalertbridge.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import tools.jackson.databind.node.ObjectNode;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The read-only lookups: {@code Client} and {@code Site} wrapped as Halo wraps them,
 * {@code Team}, {@code Agent}, {@code TicketType}, {@code Status}, {@code Priority} and
 * {@code Outcome} as plain arrays, and {@code Agent/me}.
 */
final class LookupHandler {

	private final boolean agentSeesAllTeams;

	LookupHandler(boolean agentSeesAllTeams) {
		this.agentSeesAllTeams = agentSeesAllTeams;
	}

	Mono<ServerResponse> clients(ServerRequest request) {
		String search = request.queryParam("search").orElse("").toLowerCase(Locale.ROOT);
		List<ObjectNode> matches = SandboxSeed.CLIENTS.stream()
			.filter((client) -> client.name().toLowerCase(Locale.ROOT).contains(search)
					|| client.ref().toLowerCase(Locale.ROOT).contains(search))
			.map(LookupRenderer::client)
			.toList();
		return TicketHandler.ok(Paging.from(request).wrap("clients", matches));
	}

	Mono<ServerResponse> client(ServerRequest request) {
		return Mono
			.fromCallable(() -> SandboxSeed.client(pathId(request))
				.map(LookupRenderer::client)
				.orElseThrow(() -> HaloError.notFound("Client not found")))
			.flatMap(TicketHandler::ok);
	}

	Mono<ServerResponse> sites(ServerRequest request) {
		long clientId = request.queryParam("client_id").flatMap(Json::parse).orElse(-1L);
		List<ObjectNode> matches = SandboxSeed.SITES.stream()
			.filter((site) -> clientId < 0 || site.clientId() == clientId)
			.map(LookupRenderer::site)
			.toList();
		ObjectNode body = Paging.from(request).wrap("sites", matches);
		body.remove(List.of("page_no", "page_size"));
		return TicketHandler.ok(body);
	}

	Mono<ServerResponse> site(ServerRequest request) {
		return Mono
			.fromCallable(() -> SandboxSeed.site(pathId(request))
				.map(LookupRenderer::site)
				.orElseThrow(() -> HaloError.notFound("Site not found")))
			.flatMap(TicketHandler::ok);
	}

	Mono<ServerResponse> me(ServerRequest request) {
		return TicketHandler.ok(LookupRenderer.agent(SandboxSeed.AGENT));
	}

	/**
	 * Like Halo without {@code showall}: the teams the API agent may see, which are all
	 * of them only when it sees all teams.
	 */
	Mono<ServerResponse> teams(ServerRequest request) {
		List<SandboxSeed.Team> visible = this.agentSeesAllTeams ? SandboxSeed.TEAMS
				: SandboxSeed.TEAMS.stream().filter((team) -> SandboxSeed.agentIsMemberOf(team.name())).toList();
		return plain(visible, LookupRenderer::team);
	}

	Mono<ServerResponse> agents(ServerRequest request) {
		return plain(List.of(SandboxSeed.AGENT), LookupRenderer::agent);
	}

	Mono<ServerResponse> ticketTypes(ServerRequest request) {
		return plain(SandboxSeed.TICKET_TYPES, LookupRenderer::ticketType);
	}

	Mono<ServerResponse> statuses(ServerRequest request) {
		return plain(SandboxSeed.STATUSES, LookupRenderer::status);
	}

	Mono<ServerResponse> priorities(ServerRequest request) {
		return plain(SandboxSeed.PRIORITIES, LookupRenderer::priority);
	}

	Mono<ServerResponse> outcomes(ServerRequest request) {
		return plain(SandboxSeed.OUTCOMES, LookupRenderer::outcome);
	}

	private static <T> Mono<ServerResponse> plain(List<T> items, Function<T, ObjectNode> render) {
		return TicketHandler.ok(Json.array(items.stream().map(render).toList()));
	}

	private static long pathId(ServerRequest request) {
		return Json.parse(request.pathVariable("id")).orElse(-1L);
	}

}
