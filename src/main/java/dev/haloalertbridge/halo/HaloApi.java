package dev.haloalertbridge.halo;

import java.time.Instant;
import java.util.List;

import dev.haloalertbridge.alert.Fingerprint;
import reactor.core.publisher.Mono;

/**
 * The narrow port through which the bridge talks to HaloPSA. Every call says how urgent
 * it is; the implementation decides when it goes (the call budget), whether it is tried
 * again (I/O errors and 5xx only) and fails with a typed {@link HaloException}:
 * {@link HaloDeferredException} (not sent, or 429: try again later, not a failure of the
 * work), {@link HaloTransientException} (worth retrying later) or
 * {@link HaloRejectedException} (Halo refuses it for good).
 * <p>
 * {@link HaloClient} is the real one; unit tests use an in-memory fake.
 */
public interface HaloApi {

	/**
	 * Opens a ticket, or finds the one an earlier attempt with an unknown outcome may
	 * have opened.
	 * @param ticket the ticket
	 * @param lane how urgent: {@link Lane#CRITICAL_CREATE} or {@link Lane#CREATE}
	 * @return the ticket Halo holds
	 */
	Mono<TicketRef> createTicket(NewTicket ticket, Lane lane);

	/**
	 * Adds a private note; a note with a new status closes (or otherwise moves) the
	 * ticket in the same call.
	 * @param note the note
	 * @param lane how urgent: {@link Lane#RESOLVE} for a resolution, {@link Lane#NOTE}
	 * for repeats
	 * @return completes when Halo has saved it
	 */
	Mono<Void> addNote(NewNote note, Lane lane);

	/**
	 * Finds the open ticket carrying a fingerprint in {@code third_party_id_string}, for
	 * example after a restart or an eviction emptied the ledger.
	 * @param fingerprint the alert identity
	 * @param lane how urgent
	 * @return the ticket, or empty when Halo has none open
	 */
	Mono<TicketRef> findOpenTicket(Fingerprint fingerprint, Lane lane);

	/**
	 * When the call budget lets a call of a lane go, so a caller with owed work waits
	 * instead of asking and being deferred.
	 * @param lane the lane
	 * @return the current time if a call may go at once, else the time it may
	 */
	Instant readyAt(Lane lane);

	/**
	 * Reads one of Halo's lists (clients, teams, ticket types, ...) as the API agent sees
	 * it, in the background lane.
	 * @param lookup which list
	 * @return its usable items
	 */
	Mono<List<HaloRecord>> lookup(Lookup lookup);

	/**
	 * The team of a ticket as the API agent reads it back ({@code GET /Tickets/{id}}), in
	 * the background lane: the connection check's probe of team visibility.
	 * @param ticketId the ticket
	 * @return its team name, empty when it has none; a {@link HaloRejectedException}
	 * (403, 404) when the agent may not read it
	 */
	Mono<String> ticketTeam(long ticketId);

	/**
	 * The API agent itself ({@code GET /Agent/me}), with the teams it is a member of, in
	 * the background lane.
	 * @return the agent
	 */
	Mono<AgentProfile> agent();

}
