package dev.haloalertbridge.sandbox;

import dev.haloalertbridge.sandbox.SandboxTokens.ScopeArea;

import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The sandbox's URL map. The token endpoint and {@code /sandbox/api/**} share the rate
 * limit; the API routes also need a bearer token whose scope covers their area. Paths
 * Halo's guides warn about ({@code /sandbox/authtoken}, {@code /sandbox/auth//token})
 * match nothing and get the ordinary 404.
 */
final class SandboxRoutes {

	private static final String API = "/sandbox/api";

	private final SandboxHalo halo;

	SandboxRoutes(SandboxHalo halo) {
		this.halo = halo;
	}

	RouterFunction<ServerResponse> routes() {
		SandboxFilters filters = new SandboxFilters(this.halo);
		TokenHandler token = new TokenHandler(this.halo.tokens(), this.halo.properties());
		RouterFunction<ServerResponse> limited = RouterFunctions.route()
			.POST("/sandbox/auth/token", token::token)
			.build()
			.and(tickets().filter(filters.scope(ScopeArea.TICKETS)))
			.and(customers().filter(filters.scope(ScopeArea.CUSTOMERS)))
			.and(lookups().filter(filters.scope(ScopeArea.ANY)))
			.filter(filters.rateLimit());
		InspectionHandler inspection = new InspectionHandler(this.halo.book());
		return RouterFunctions.route()
			.GET("/sandbox/tickets", inspection::tickets)
			.build()
			.and(limited)
			.filter((request, next) -> next.handle(request).onErrorResume(HaloError.class, HaloError::response));
	}

	private RouterFunction<ServerResponse> tickets() {
		TicketHandler handler = new TicketHandler(this.halo.book());
		return RouterFunctions.route()
			.GET(API + "/Tickets/{id}", handler::ticket)
			.GET(API + "/Tickets", handler::tickets)
			.POST(API + "/Tickets", handler::saveTickets)
			.GET(API + "/Actions/{id}", handler::action)
			.GET(API + "/Actions", handler::actions)
			.POST(API + "/Actions", handler::saveActions)
			.build();
	}

	private RouterFunction<ServerResponse> customers() {
		LookupHandler handler = new LookupHandler(this.halo.properties().agentSeesAllTeams());
		return RouterFunctions.route()
			.GET(API + "/Client/{id}", handler::client)
			.GET(API + "/Client", handler::clients)
			.GET(API + "/Site/{id}", handler::site)
			.GET(API + "/Site", handler::sites)
			.build();
	}

	private RouterFunction<ServerResponse> lookups() {
		LookupHandler handler = new LookupHandler(this.halo.properties().agentSeesAllTeams());
		return RouterFunctions.route()
			.GET(API + "/Agent/me", handler::me)
			.GET(API + "/Agent", handler::agents)
			.GET(API + "/Team", handler::teams)
			.GET(API + "/TicketType", handler::ticketTypes)
			.GET(API + "/Status", handler::statuses)
			.GET(API + "/Priority", handler::priorities)
			.GET(API + "/Outcome", handler::outcomes)
			.build();
	}

}
