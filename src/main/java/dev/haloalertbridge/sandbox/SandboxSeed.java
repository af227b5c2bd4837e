package dev.haloalertbridge.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The fixed records every sandbox starts with. The README's example maps the Alertmanager
 * label {@code customer=ACME-001} to client 12, so these ids are part of the sandbox's
 * contract, not sample data to be changed freely.
 */
final class SandboxSeed {

	/** Status that closes a ticket. */
	static final int CLOSED_STATUS = 9;

	record Client(long id, String name, String ref, long mainSiteId) {
	}

	record Site(long id, String name, long clientId) {
	}

	record Team(int id, String name) {
	}

	record Status(int id, String name) {
	}

	record Outcome(int id, String name) {
	}

	record TicketType(int id, String name, int defaultSla, int initialStatus, String defaultTeam) {
	}

	record Priority(String id, int priorityId, int slaId, String name) {

		Priority(int priorityId, String name) {
			this(UUID.nameUUIDFromBytes(("priority-1-" + priorityId).getBytes(StandardCharsets.UTF_8)).toString(),
					priorityId, 1, name);
		}

	}

	record Agent(int id, String name, String email, List<Team> teams) {
	}

	static final List<Client> CLIENTS = List.of(new Client(12, "Acme Dental", "ACME-001", 34),
			new Client(14, "Globex Logistics", "GLOBEX-014", 35));

	static final List<Site> SITES = List.of(new Site(34, "Main", 12), new Site(35, "HQ", 14));

	static final List<Team> TEAMS = List.of(new Team(4, "Service Desk"), new Team(5, "Network Operations"),
			new Team(6, "Security"));

	static final Agent AGENT = new Agent(7, "Alert Bridge API", "api@sandbox.example", TEAMS.subList(0, 2));

	static final List<Status> STATUSES = List.of(new Status(1, "New"), new Status(2, "In Progress"),
			new Status(8, "Pending Closure"), new Status(CLOSED_STATUS, "Closed"));

	static final List<Outcome> OUTCOMES = List.of(new Outcome(7, "Internal Note"), new Outcome(8, "Private Note"),
			new Outcome(9, "Closed"));

	static final List<TicketType> TICKET_TYPES = List.of(new TicketType(21, "Alert", 1, 1, "Service Desk"),
			new TicketType(1, "Incident", 1, 1, ""));

	static final List<Priority> PRIORITIES = List.of(new Priority(1, "Critical"), new Priority(2, "High"),
			new Priority(3, "Medium"), new Priority(4, "Low"));

	private SandboxSeed() {
	}

	static Optional<Client> client(long id) {
		return first(CLIENTS, (client) -> client.id() == id);
	}

	static Optional<Site> site(long id) {
		return first(SITES, (site) -> site.id() == id);
	}

	static Optional<Team> team(long id) {
		return first(TEAMS, (team) -> team.id() == id);
	}

	static Optional<Team> team(String name) {
		return first(TEAMS, (team) -> team.name().equalsIgnoreCase(name.strip()));
	}

	static Optional<Status> status(long id) {
		return first(STATUSES, (status) -> status.id() == id);
	}

	static Optional<Outcome> outcome(long id) {
		return first(OUTCOMES, (outcome) -> outcome.id() == id);
	}

	static Optional<Outcome> outcome(String name) {
		return first(OUTCOMES, (outcome) -> outcome.name().equalsIgnoreCase(name.strip()));
	}

	static Optional<TicketType> ticketType(long id) {
		return first(TICKET_TYPES, (type) -> type.id() == id);
	}

	static Optional<Priority> priority(long priorityId) {
		return first(PRIORITIES, (priority) -> priority.priorityId() == priorityId);
	}

	static boolean agentIsMemberOf(String teamName) {
		return AGENT.teams().stream().anyMatch((team) -> team.name().equalsIgnoreCase(teamName));
	}

	private static <T> Optional<T> first(List<T> items, Predicate<T> test) {
		return items.stream().filter(test).findFirst();
	}

}
