package dev.haloalertbridge.sandbox;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's tickets and their actions. Every method is synchronized: the critical
 * sections are short and never wait on I/O, and serialising writes also mirrors Halo,
 * whose ticket numbering is known to race under concurrent creates.
 */
final class TicketBook {

	static final long FIRST_TICKET_ID = 1001;

	private final Map<Long, SandboxTicket> tickets = new TreeMap<>();

	private final Map<Long, List<SandboxAction>> actions = new HashMap<>();

	private final TicketEditor editor = new TicketEditor();

	private final ActionEditor actionEditor;

	private final Clock clock;

	private final boolean agentSeesAllTeams;

	private long nextId = FIRST_TICKET_ID;

	TicketBook(Clock clock, boolean agentSeesAllTeams, String applicationName) {
		this.clock = clock;
		this.agentSeesAllTeams = agentSeesAllTeams;
		this.actionEditor = new ActionEditor(applicationName);
	}

	synchronized SandboxTicket save(JsonNode item) {
		LocalDateTime now = Json.now(this.clock);
		Optional<Long> id = Json.longValue(item, "id").filter((value) -> value > 0);
		if (id.isPresent()) {
			SandboxTicket current = visibleOrNotFound(id.get());
			return store(new SandboxTicket(this.editor.updated(current, item, now)));
		}
		SandboxTicket created = store(new SandboxTicket(this.editor.created(this.nextId, item, now)));
		this.nextId++;
		this.actions.put(created.id(), new ArrayList<>(List.of(this.actionEditor.opening(created, now))));
		return created;
	}

	synchronized SandboxAction addAction(JsonNode item) {
		long ticketId = Json.longValue(item, "ticket_id")
			.orElseThrow(() -> HaloError.badRequest("A ticket_id must be entered for this Action"));
		SandboxTicket ticket = visibleOrNotFound(ticketId);
		LocalDateTime now = Json.now(this.clock);
		List<SandboxAction> existing = this.actions.computeIfAbsent(ticketId, (id) -> new ArrayList<>());
		long id = existing.stream().mapToLong(SandboxAction::id).max().orElse(0) + 1;
		SandboxAction action = this.actionEditor.created(id, ticket, item, now);
		ObjectNode updated = ticket.json();
		if (action.newStatus() > 0) {
			this.editor.applyStatus(updated, action.newStatus(), now);
		}
		updated.put("lastactiondate", Json.format(now));
		store(new SandboxTicket(updated));
		existing.add(action);
		return action;
	}

	synchronized List<SandboxTicket> all() {
		return List.copyOf(this.tickets.values());
	}

	synchronized List<SandboxTicket> visible() {
		return this.tickets.values().stream().filter(this::isVisible).toList();
	}

	synchronized Optional<SandboxTicket> visible(long id) {
		return Optional.ofNullable(this.tickets.get(id)).filter(this::isVisible);
	}

	synchronized List<SandboxAction> actions(long ticketId) {
		return List.copyOf(this.actions.getOrDefault(ticketId, List.of()));
	}

	synchronized void clear() {
		this.tickets.clear();
		this.actions.clear();
		this.nextId = FIRST_TICKET_ID;
	}

	SandboxTicket visibleOrNotFound(long id) {
		return visible(id).orElseThrow(() -> HaloError.notFound("Ticket " + id + " not found"));
	}

	private boolean isVisible(SandboxTicket ticket) {
		return this.agentSeesAllTeams || ticket.team().isEmpty() || SandboxSeed.agentIsMemberOf(ticket.team());
	}

	private SandboxTicket store(SandboxTicket ticket) {
		this.tickets.put(ticket.id(), ticket);
		return ticket;
	}

}
