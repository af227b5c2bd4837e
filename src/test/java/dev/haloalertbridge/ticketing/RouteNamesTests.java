package dev.haloalertbridge.ticketing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;

import dev.haloalertbridge.halo.HaloRecord;
import dev.haloalertbridge.halo.Lookup;
import dev.haloalertbridge.mapping.Ref;
import dev.haloalertbridge.mapping.TicketRoute;
import dev.haloalertbridge.mapping.TicketTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names to ids, and priorities against the ticket type's SLA: the problems each mistake
 * gives.
 */
class RouteNamesTests {

	private static final Map<Lookup, List<HaloRecord>> LISTS = Map.of(Lookup.CLIENTS,
			List.of(new HaloRecord(12, "Acme Dental"), new HaloRecord(14, "Globex"), new HaloRecord(15, "Globex")),
			Lookup.TICKET_TYPES, List.of(new HaloRecord(21, "Alert", OptionalLong.of(1)), new HaloRecord(30, "Change")),
			Lookup.AGENTS, List.of(new HaloRecord(3, "Dana Whitfield")), Lookup.PRIORITIES,
			List.of(new HaloRecord(1, "Critical", OptionalLong.of(1)), new HaloRecord(2, "High", OptionalLong.of(1)),
					new HaloRecord(5, "Scheduled", OptionalLong.of(2))));

	@Test
	void namesResolveIgnoringCaseAndEveryPartIsKept() {
		TicketTarget target = new TicketTarget(named("acme dental "), OptionalInt.of(34), "Network", named("ALERT"),
				OptionalInt.of(2), "Monitoring>Firewall", Optional.of(named("Dana Whitfield")));
		assertThat(RouteNames.resolve(target, LISTS).route()).contains(new TicketRoute(12, OptionalInt.of(34),
				"Network", 21, OptionalInt.of(2), "Monitoring>Firewall", OptionalInt.of(3)));
	}

	@Test
	void idsNeedNoListAtAll() {
		TicketTarget target = new TicketTarget(id(12), OptionalInt.empty(), "", id(21), OptionalInt.empty(), "",
				Optional.of(id(3)));
		assertThat(RouteNames.needs(target)).isEmpty();
		assertThat(RouteNames.resolve(target, Map.of()).route()).isPresent();
	}

	@Test
	void eachNameNeedsItsList() {
		TicketTarget target = new TicketTarget(named("Acme Dental"), OptionalInt.empty(), "", named("Alert"),
				OptionalInt.empty(), "", Optional.of(named("Dana Whitfield")));
		assertThat(RouteNames.needs(target)).containsExactlyInAnyOrder(Lookup.CLIENTS, Lookup.TICKET_TYPES,
				Lookup.AGENTS);
	}

	static Stream<Arguments> problems() {
		return Stream.of(
				Arguments.of("unknown client", target(named("Initech"), id(21), OptionalInt.empty()), LISTS,
						"Halo has no client named \"Initech\" that the API agent can see"),
				Arguments.of("two clients of one name", target(named("Globex"), id(21), OptionalInt.empty()), LISTS,
						"2 clients are named \"Globex\" in Halo (14, 15): give the client's id instead of its name"),
				Arguments.of("unknown ticket type", target(id(12), named("Incident"), OptionalInt.empty()), LISTS,
						"Halo has no ticket type named \"Incident\""),
				Arguments.of("list not read", target(named("Acme Dental"), id(21), OptionalInt.empty()), Map.of(),
						"the client \"Acme Dental\" is not looked up in Halo yet"),
				Arguments.of("priority of another SLA", target(id(12), id(21), OptionalInt.of(5)), LISTS,
						"priority 5 is not a priority of SLA 1, the SLA of ticket type 21 \"Alert\": use one of"
								+ " 1 \"Critical\", 2 \"High\""),
				Arguments.of("priority for a ticket type without SLA", target(id(12), id(30), OptionalInt.of(1)), LISTS,
						"priority 1 is set, but ticket type 30 \"Change\" has no SLA"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("problems")
	void mistakeIsAProblemInHalosWords(String description, TicketTarget target, Map<Lookup, List<HaloRecord>> lists,
			String problem) {
		RouteNames.Resolution resolution = RouteNames.resolve(target, lists);
		assertThat(resolution.route()).isEmpty();
		assertThat(resolution.problems()).singleElement().asString().startsWith(problem);
	}

	@Test
	void priorityIsNotCheckedWithoutThePriorityList() {
		Map<Lookup, List<HaloRecord>> lists = Map.of(Lookup.TICKET_TYPES, LISTS.get(Lookup.TICKET_TYPES));
		assertThat(RouteNames.resolve(target(id(12), id(21), OptionalInt.of(5)), lists).route()).isPresent();
	}

	private static TicketTarget target(Ref client, Ref ticketType, OptionalInt priority) {
		return new TicketTarget(client, OptionalInt.empty(), "", ticketType, priority, "", Optional.empty());
	}

	private static Ref named(String name) {
		return new Ref(0, name);
	}

	private static Ref id(long id) {
		return new Ref(id, "");
	}

}
