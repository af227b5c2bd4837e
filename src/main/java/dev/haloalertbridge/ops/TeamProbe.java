package dev.haloalertbridge.ops;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.halo.HaloApi;
import dev.haloalertbridge.halo.HaloException;
import dev.haloalertbridge.halo.HaloRejectedException;
import dev.haloalertbridge.halo.Lane;
import dev.haloalertbridge.halo.NewNote;
import dev.haloalertbridge.halo.NewTicket;
import dev.haloalertbridge.mapping.TicketRoute;
import dev.haloalertbridge.ticketing.TicketingProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Confirms that the API agent sees a team by doing what the bridge will do: opens a
 * ticket in it on a route the mapping uses, reads it back, and closes it with a private
 * note. Opt-in ({@code bridge.check.team-probe}), since it leaves a closed ticket per
 * team in Halo.
 */
final class TeamProbe {

	private static final Logger logger = LoggerFactory.getLogger(TeamProbe.class);

	private final HaloApi halo;

	private final TicketingProperties ticketing;

	TeamProbe(HaloApi halo, TicketingProperties ticketing) {
		this.halo = halo;
		this.ticketing = ticketing;
	}

	/**
	 * Probes one team.
	 * @param team the team name
	 * @param route a route of the mapping with that team, resolved; empty when none
	 * resolves
	 * @return nothing when the agent read the probe ticket back in the team, else why not
	 */
	Mono<String> probe(String team, Optional<TicketRoute> route) {
		if (route.isEmpty()) {
			return Mono.just("no route to \"" + team + "\" resolves (see the mapping check), so it was not probed");
		}
		TicketRoute r = route.get();
		NewTicket ticket = new NewTicket(
				Fingerprint.of("check", List.of("team-probe", team, UUID.randomUUID().toString())),
				"Team visibility probe by halo-alert-bridge (safe to delete)",
				"<p>The bridge's connection check opened this ticket to confirm that its API agent can see the team,"
						+ " and closes it at once.</p>",
				new TicketRoute(r.clientId(), r.siteId(), team, r.ticketTypeId(), OptionalInt.empty()));
		return this.halo.createTicket(ticket, Lane.CREATE)
			.flatMap((ref) -> this.halo.ticketTeam(ref.id())
				.map((seen) -> seen.equalsIgnoreCase(team) ? ""
						: "probe ticket " + ref.id() + " opened in \"" + team + "\" reads back in \"" + seen + "\"")
				.onErrorResume(HaloRejectedException.class,
						(ex) -> Mono.just("the API agent cannot read back probe ticket " + ref.id() + " in \"" + team
								+ "\" (" + ex.status() + "): " + ConnectionCheck.cannotSee(List.of(team))))
				.flatMap((failure) -> close(ref.id()).thenReturn(failure)))
			.onErrorResume(HaloException.class,
					(ex) -> Mono.just("Halo refused a probe ticket in \"" + team + "\": " + Fixes.write(ex)))
			.filter((failure) -> !failure.isEmpty());
	}

	private Mono<Void> close(long ticketId) {
		OptionalInt status = this.ticketing.closeOnResolve() ? OptionalInt.of(this.ticketing.closedStatusId())
				: OptionalInt.empty();
		NewNote note = new NewNote(ticketId, "<p>Probe done.</p>", this.ticketing.noteOutcomeId(), status);
		return this.halo.addNote(note, Lane.NOTE).onErrorResume(HaloException.class, (ex) -> {
			logger.warn("Could not close team probe ticket {}: {}", ticketId, ex.getMessage());
			return Mono.empty();
		});
	}

}
