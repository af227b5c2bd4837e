package dev.haloalertbridge.testsupport;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.halo.AgentProfile;
import dev.haloalertbridge.halo.HaloApi;
import dev.haloalertbridge.halo.HaloFailures;
import dev.haloalertbridge.halo.HaloOperation;
import dev.haloalertbridge.halo.HaloRecord;
import dev.haloalertbridge.halo.Lane;
import dev.haloalertbridge.halo.Lookup;
import dev.haloalertbridge.halo.NewNote;
import dev.haloalertbridge.halo.NewTicket;
import dev.haloalertbridge.halo.TicketRef;
import reactor.core.publisher.Mono;

/**
 * An in-memory Halo behind the port, for unit tests of what calls it: it keeps the
 * tickets and notes it was sent, finds open tickets by fingerprint, and fails the next
 * calls with whatever a test queues up.
 */
public final class FakeHalo implements HaloApi {

	private final Map<Fingerprint, Long> open = new HashMap<>();

	private final Map<Lookup, List<HaloRecord>> lists = new HashMap<>();

	private final Map<Lookup, RuntimeException> lookupFailures = new HashMap<>();

	private final List<NewTicket> tickets = new ArrayList<>();

	private final List<NewNote> notes = new ArrayList<>();

	private final List<String> calls = new ArrayList<>();

	private final Deque<RuntimeException> failures = new ArrayDeque<>();

	private final Set<String> hiddenTeams = new HashSet<>();

	private AgentProfile agent = new AgentProfile(1, "API agent", true, List.of(new HaloRecord(4, "Service Desk")));

	private long nextId = 1000;

	/**
	 * Fails the next call with the given exception (queued, one call each).
	 * @param failure the exception
	 */
	public void failNext(RuntimeException failure) {
		this.failures.addLast(failure);
	}

	/**
	 * Holds an open ticket for a fingerprint, as one opened before a restart.
	 * @param fingerprint the fingerprint
	 * @param ticketId the ticket
	 */
	public void holdOpen(Fingerprint fingerprint, long ticketId) {
		this.open.put(fingerprint, ticketId);
	}

	@Override
	public Mono<TicketRef> createTicket(NewTicket ticket, Lane lane) {
		return call("create " + lane.tag(), () -> {
			long id = this.nextId++;
			this.tickets.add(ticket);
			this.open.put(ticket.fingerprint(), id);
			return new TicketRef(id);
		});
	}

	@Override
	public Mono<Void> addNote(NewNote note, Lane lane) {
		return call("note " + lane.tag(), () -> {
			this.notes.add(note);
			if (note.newStatusId().isPresent()) {
				this.open.values().remove(note.ticketId());
			}
			return Boolean.TRUE;
		}).then();
	}

	@Override
	public Mono<TicketRef> findOpenTicket(Fingerprint fingerprint, Lane lane) {
		return call("find " + lane.tag(), () -> this.open.get(fingerprint)).map(TicketRef::new);
	}

	@Override
	public Instant readyAt(Lane lane) {
		return Instant.MIN;
	}

	@Override
	public Mono<List<HaloRecord>> lookup(Lookup lookup) {
		RuntimeException failure = this.lookupFailures.get(lookup);
		if (failure != null) {
			return Mono.error(failure);
		}
		return call("lookup " + lookup.tag(), () -> this.lists.getOrDefault(lookup, List.of()));
	}

	/**
	 * Fails every lookup of one list.
	 * @param lookup the list
	 * @param failure the exception
	 */
	public void failLookup(Lookup lookup, RuntimeException failure) {
		this.lookupFailures.put(lookup, failure);
	}

	@Override
	public Mono<String> ticketTeam(long ticketId) {
		return call("ticket " + ticketId, () -> {
			NewTicket ticket = this.tickets.get((int) (ticketId - 1000));
			String team = ticket.route().team();
			if (this.hiddenTeams.contains(team)) {
				throw HaloFailures.rejected(HaloOperation.LOOKUP, 403, "(no body)");
			}
			return team;
		});
	}

	/**
	 * Makes tickets in a team unreadable to the API agent, as Halo does for a team the
	 * agent may not see.
	 * @param team the team name
	 */
	public void hideTeam(String team) {
		this.hiddenTeams.add(team);
	}

	@Override
	public Mono<AgentProfile> agent() {
		return call("agent", () -> this.agent);
	}

	/**
	 * Sets who the API agent is.
	 * @param agent the agent
	 */
	public void agentIs(AgentProfile agent) {
		this.agent = agent;
	}

	/**
	 * Sets what a lookup answers.
	 * @param lookup the list
	 * @param records its items
	 */
	public void answer(Lookup lookup, List<HaloRecord> records) {
		this.lists.put(lookup, records);
	}

	private <T> Mono<T> call(String what, Supplier<T> answer) {
		return Mono.defer(() -> {
			this.calls.add(what);
			RuntimeException failure = this.failures.pollFirst();
			return (failure != null) ? Mono.error(failure) : Mono.justOrEmpty(answer.get());
		});
	}

	public List<NewTicket> tickets() {
		return this.tickets;
	}

	public List<NewNote> notes() {
		return this.notes;
	}

	/**
	 * Every call made, as "create critical_create", "note resolve", "find background".
	 * @return the calls in order
	 */
	public List<String> calls() {
		return this.calls;
	}

}
