package dev.haloalertbridge.ticketing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import dev.haloalertbridge.halo.HaloRecord;
import dev.haloalertbridge.halo.Lookup;
import dev.haloalertbridge.mapping.Ref;
import dev.haloalertbridge.mapping.TicketRoute;
import dev.haloalertbridge.mapping.TicketTarget;

/**
 * Turns a ticket target's names into the ids Halo takes, from Halo's lists as the API
 * agent sees them. Pure: the lists are given. Names match whole, ignoring case and outer
 * spaces; a name no record or several records carry is a problem, said in the words of
 * Halo's screens. Given the ticket types and priorities, it also checks that the priority
 * belongs to the SLA of the ticket type (Halo defines priorities per SLA).
 */
public final class RouteNames {

	private RouteNames() {
	}

	/**
	 * The lists a target's names are resolved through.
	 * @param target the target
	 * @return the lookups it needs; empty when it gives only ids
	 */
	public static Set<Lookup> needs(TicketTarget target) {
		Set<Lookup> needs = EnumSet.noneOf(Lookup.class);
		if (target.client().named()) {
			needs.add(Lookup.CLIENTS);
		}
		if (target.ticketType().named()) {
			needs.add(Lookup.TICKET_TYPES);
		}
		if (target.agent().filter(Ref::named).isPresent()) {
			needs.add(Lookup.AGENTS);
		}
		return needs;
	}

	/**
	 * Resolves a target.
	 * @param target the target
	 * @param lists Halo's lists at hand; a needed one that is missing is a problem
	 * @return the route, or the problems that keep it from being one
	 */
	public static Resolution resolve(TicketTarget target, Map<Lookup, List<HaloRecord>> lists) {
		List<String> problems = new ArrayList<>();
		OptionalLong client = id(target.client(), Lookup.CLIENTS, "client", lists, problems);
		OptionalLong ticketType = id(target.ticketType(), Lookup.TICKET_TYPES, "ticket type", lists, problems);
		OptionalLong agent = target.agent()
			.map((ref) -> id(ref, Lookup.AGENTS, "agent", lists, problems))
			.orElse(OptionalLong.empty());
		if (ticketType.isPresent() && target.priorityId().isPresent() && lists.containsKey(Lookup.TICKET_TYPES)
				&& lists.containsKey(Lookup.PRIORITIES)) {
			checkPriority(ticketType.getAsLong(), target.priorityId().getAsInt(), lists, problems);
		}
		if (!problems.isEmpty()) {
			return new Resolution(Optional.empty(), List.copyOf(problems));
		}
		return new Resolution(
				Optional.of(new TicketRoute(Math.toIntExact(client.getAsLong()), target.siteId(), target.team(),
						Math.toIntExact(ticketType.getAsLong()), target.priorityId(), target.category(),
						agent.isPresent() ? OptionalInt.of(Math.toIntExact(agent.getAsLong())) : OptionalInt.empty())),
				List.of());
	}

	private static OptionalLong id(Ref ref, Lookup lookup, String kind, Map<Lookup, List<HaloRecord>> lists,
			List<String> problems) {
		if (!ref.named()) {
			return OptionalLong.of(ref.id());
		}
		List<HaloRecord> list = lists.get(lookup);
		if (list == null) {
			problems.add("the " + kind + " " + ref + " is not looked up in Halo yet");
			return OptionalLong.empty();
		}
		List<HaloRecord> named = list.stream().filter((record) -> record.name().equalsIgnoreCase(ref.name())).toList();
		if (named.isEmpty()) {
			problems.add("Halo has no " + kind + " named " + ref + " that the API agent can see" + where(lookup));
			return OptionalLong.empty();
		}
		if (named.size() > 1) {
			problems.add(named.size() + " " + kind + "s are named " + ref + " in Halo ("
					+ named.stream().map((record) -> Long.toString(record.id())).collect(Collectors.joining(", "))
					+ "): give the " + kind + "'s id instead of its name");
			return OptionalLong.empty();
		}
		return OptionalLong.of(named.get(0).id());
	}

	private static void checkPriority(long ticketTypeId, int priorityId, Map<Lookup, List<HaloRecord>> lists,
			List<String> problems) {
		Optional<HaloRecord> type = lists.get(Lookup.TICKET_TYPES)
			.stream()
			.filter((record) -> record.id() == ticketTypeId)
			.findFirst();
		if (type.isEmpty()) {
			return;
		}
		if (type.get().slaId().isEmpty()) {
			problems.add("priority " + priorityId + " is set, but ticket type " + ticketTypeId + " \""
					+ type.get().name() + "\" has no SLA, so Halo has no priorities for it: leave the priority out,"
					+ " or give the ticket type a default SLA (Configuration > Tickets > Ticket Types)");
			return;
		}
		long sla = type.get().slaId().getAsLong();
		List<HaloRecord> ofSla = lists.get(Lookup.PRIORITIES)
			.stream()
			.filter((priority) -> priority.slaId().equals(OptionalLong.of(sla)))
			.toList();
		if (ofSla.stream().noneMatch((priority) -> priority.id() == priorityId)) {
			problems.add("priority " + priorityId + " is not a priority of SLA " + sla + ", the SLA of ticket type "
					+ ticketTypeId + " \"" + type.get().name() + "\": use one of "
					+ ofSla.stream()
						.map((priority) -> priority.id() + " \"" + priority.name() + "\"")
						.collect(Collectors.joining(", "))
					+ " (Configuration > Service Level Agreements > Priorities)");
		}
	}

	private static String where(Lookup lookup) {
		return switch (lookup) {
			case CLIENTS -> ": check the name in Customers, and that the agent's role allows all clients";
			case TICKET_TYPES -> ": check the name in Configuration > Tickets > Ticket Types, that it is active,"
					+ " and that the agent's role allows all ticket types";
			case AGENTS ->
				": check the name in Configuration > Teams & Agents > Agents, and that the agent is" + " enabled";
			default -> "";
		};
	}

	/**
	 * A target resolved, or what kept it from resolving.
	 *
	 * @param route the route, when every name resolved
	 * @param problems what went wrong, for people; empty when resolved
	 */
	public record Resolution(Optional<TicketRoute> route, List<String> problems) {

	}

}
