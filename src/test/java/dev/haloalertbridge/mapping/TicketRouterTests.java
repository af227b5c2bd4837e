package dev.haloalertbridge.mapping;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.Severity;
import dev.haloalertbridge.mapping.MappingProperties.Defaults;
import dev.haloalertbridge.mapping.MappingProperties.Match;
import dev.haloalertbridge.mapping.MappingProperties.Rule;
import dev.haloalertbridge.mapping.MappingProperties.Unmapped;
import dev.haloalertbridge.testsupport.TestAlert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TicketRouterTests {

	private static final Duration REFRESH = Duration.ofMinutes(15);

	private static final Defaults DEFAULTS = new Defaults(1, 2, "First Line", 21,
			Map.of(Severity.CRITICAL, 1, Severity.HIGH, 2, Severity.MEDIUM, 3));

	private static final List<Rule> RULES = List.of(
			new Rule("alertmanager", "ACME-001", 100, null, null, null, Map.of()),
			new Rule("", "ACME-001", 101, null, null, null, Map.of()),
			new Rule("meraki", "", 102, null, null, null, Map.of()),
			new Rule("", "GLOBEX-014", 103, null, null, null, Map.of()),
			new Rule("", "GLOBEX-014", 104, null, null, null, Map.of()));

	@ParameterizedTest(name = "source {0}, customer {1} -> client {2}")
	@CsvSource({ "alertmanager, ACME-001, 100", "grafana, ACME-001, 101", "meraki, ACME-001, 101",
			"meraki, INITECH-9, 102", "alertmanager, GLOBEX-014, 103", "meraki, GLOBEX-014, 102",
			"alertmanager, acme-001, 1", "alertmanager, INITECH-9, 1", "generic, '', 1" })
	void firstRuleWhoseConditionsAllHoldWins(String source, String customer, int clientId) {
		TicketRouter router = router(DEFAULTS, RULES);
		Alert alert = TestAlert.firing().withSource(source).withCustomer(customer).build();
		assertThat(target(router, alert).client().id()).isEqualTo(clientId);
	}

	@Test
	void noMatchingRuleRoutesToTheDefaults() {
		TicketRouter router = router(DEFAULTS, RULES);
		TicketTarget route = target(router, TestAlert.firing().withCustomer("INITECH-9").build());
		assertThat(route).isEqualTo(ids(1, OptionalInt.of(2), "First Line", 21, OptionalInt.of(1)));
	}

	@Test
	void noRulesAtAllRoutesToTheDefaults() {
		TicketRouter router = router(new Defaults(5, null, "", 8, Map.of()), List.of());
		TicketTarget route = target(router, TestAlert.firing().build());
		assertThat(route).isEqualTo(ids(5, OptionalInt.empty(), "", 8, OptionalInt.empty()));
	}

	@Test
	void ruleFieldsItLeavesOutComeFromTheDefaults() {
		TicketRouter router = router(DEFAULTS, List.of(new Rule("", "ACME-001", null, null, null, null, Map.of())));
		TicketTarget route = target(router, TestAlert.firing().build());
		assertThat(route).isEqualTo(ids(1, OptionalInt.of(2), "First Line", 21, OptionalInt.of(1)));
	}

	@Test
	void ruleFieldsItSetsWin() {
		TicketRouter router = router(DEFAULTS,
				List.of(new Rule("", "ACME-001", 300, 301, "Network", 302, Map.of(Severity.CRITICAL, 9))));
		TicketTarget route = target(router, TestAlert.firing().build());
		assertThat(route).isEqualTo(ids(300, OptionalInt.of(301), "Network", 302, OptionalInt.of(9)));
	}

	@Test
	void anEmptyTeamOnARuleIsKeptNotReplacedByTheDefault() {
		TicketRouter router = router(DEFAULTS, List.of(new Rule("", "", null, null, "", null, Map.of())));
		assertThat(target(router, TestAlert.firing().build()).team()).isEmpty();
	}

	@ParameterizedTest(name = "{0} -> priority {1}")
	@CsvSource({ "CRITICAL, 10", "HIGH, 2", "MEDIUM, 30", "LOW, 40", "INFO, " })
	void priorityComesFromTheRuleThenFromTheDefaults(Severity severity, Integer expected) {
		Rule rule = new Rule("", "", null, null, null, null,
				Map.of(Severity.CRITICAL, 10, Severity.MEDIUM, 30, Severity.LOW, 40));
		TicketRouter router = router(DEFAULTS, List.of(rule));
		OptionalInt priority = target(router, TestAlert.firing().withSeverity(severity).build()).priorityId();
		assertThat(priority).isEqualTo((expected != null) ? OptionalInt.of(expected) : OptionalInt.empty());
	}

	@ParameterizedTest(name = "{0} -> priority {1}")
	@CsvSource({ "CRITICAL, 1", "HIGH, 2", "MEDIUM, 3", "LOW, ", "INFO, " })
	void unmatchedAlertTakesTheDefaultPriorityOfItsSeverity(Severity severity, Integer expected) {
		TicketRouter router = router(DEFAULTS, List.of());
		OptionalInt priority = target(router, TestAlert.firing().withSeverity(severity).build()).priorityId();
		assertThat(priority).isEqualTo((expected != null) ? OptionalInt.of(expected) : OptionalInt.empty());
	}

	private static TicketTarget target(TicketRouter router, Alert alert) {
		return router.route(alert).target().orElseThrow();
	}

	private static TicketTarget ids(int client, OptionalInt site, String team, int ticketType, OptionalInt priority) {
		return new TicketTarget(new Ref(client, ""), site, team, new Ref(ticketType, ""), priority, "",
				Optional.empty());
	}

	private static TicketRouter router(Defaults defaults, List<Rule> rules) {
		return new TicketRouter(new MappingProperties(defaults, rules));
	}

	@Test
	void routingSaysWhichRuleMatchedAndWhy() {
		Rule rule = new Rule("", "ACME-001", 7, null, null, null, Map.of(),
				new Match("2CB8*", "", List.of(Severity.HIGH), Map.of()));
		Routing routing = router(DEFAULTS, List.of(rule)).route(TestAlert.firing()
			.withCustomer("ACME-001")
			.withDevice("2CB8ED4F1A20")
			.withSeverity(Severity.HIGH)
			.build());
		assertThat(routing.rule()).isZero();
		assertThat(routing.unmapped()).isFalse();
		assertThat(routing.why()).isEqualTo("rules[0] matched: customer=ACME-001, device~2CB8*, severity in [high]");
	}

	@Test
	void unmappedAlertGoesToTheDefaultClientWhenThatIsThePolicy() {
		Routing routing = router(DEFAULTS, RULES).route(TestAlert.firing().withCustomer("INITECH-9").build());
		assertThat(routing.unmapped()).isTrue();
		assertThat(routing.target()).map((target) -> target.client().id()).contains(1L);
		assertThat(routing.why()).contains("default client");
	}

	@Test
	void unmappedAlertHasNoTargetWhenRejected() {
		TicketRouter router = new TicketRouter(
				new MappingProperties(new Defaults(null, null, "", 21, Map.of()), RULES, Unmapped.REJECT, REFRESH));
		Routing routing = router.route(TestAlert.firing().withCustomer("INITECH-9").build());
		assertThat(routing.unmapped()).isTrue();
		assertThat(routing.target()).isEmpty();
		assertThat(router.route(TestAlert.firing().withCustomer("ACME-001").build()).target()).isPresent();
	}

	static Stream<Arguments> invalidMappings() {
		Defaults noClient = new Defaults(null, null, "", 21, Map.of());
		Defaults both = new Defaults(1, "Acme Dental", null, "", 21, null, Map.of(), "", null, null);
		Defaults noType = new Defaults(1, null, "", null, Map.of());
		Rule ruleWithoutClient = new Rule("", "ACME-001", null, null, null, null, Map.of());
		Rule ruleWithBothTypes = new Rule("", "", Match.ANY, 5, null, null, null, 21, "Alert", Map.of(), null, null,
				null);
		return Stream.of(
				Arguments.of("default-client policy without a default client", noClient, List.of(),
						Unmapped.DEFAULT_CLIENT,
						"bridge.mapping.defaults.client-id is missing, and bridge.mapping.unmapped is default-client"),
				Arguments.of("client by id and name", both, List.of(), Unmapped.DEFAULT_CLIENT,
						"bridge.mapping.defaults.client is set together with bridge.mapping.defaults.client-id"),
				Arguments.of("no ticket type", noType, List.of(), Unmapped.DEFAULT_CLIENT,
						"bridge.mapping.defaults.ticket-type-id is missing"),
				Arguments.of("a rule without a client when the defaults have none", noClient,
						List.of(new Rule("", "", 3, null, null, null, Map.of()), ruleWithoutClient), Unmapped.REJECT,
						"bridge.mapping.rules[1].client-id is missing"),
				Arguments.of("a rule with a ticket type by id and name", DEFAULTS, List.of(ruleWithBothTypes),
						Unmapped.DEFAULT_CLIENT, "bridge.mapping.rules[0].ticket-type is set together with"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidMappings")
	void mappingThatCannotRouteStopsStartUpNamingTheSetting(String description, Defaults defaults, List<Rule> rules,
			Unmapped unmapped, String message) {
		assertThatIllegalStateException()
			.isThrownBy(() -> new TicketRouter(new MappingProperties(defaults, rules, unmapped, REFRESH)))
			.withMessageStartingWith(message);
	}

	@Test
	void namesStayNamesForTheResolverAndEveryPartIsCarried() {
		Rule rule = new Rule("", "ACME-001", Match.ANY, null, "Acme Dental", 34, "Network", null, "Alert",
				Map.of(Severity.CRITICAL, 1), "Monitoring>Firewall", null, "Dana Whitfield");
		TicketTarget target = target(router(DEFAULTS, List.of(rule)),
				TestAlert.firing().withSeverity(Severity.CRITICAL).build());
		assertThat(target)
			.isEqualTo(new TicketTarget(new Ref(0, "Acme Dental"), OptionalInt.of(34), "Network", new Ref(0, "Alert"),
					OptionalInt.of(1), "Monitoring>Firewall", Optional.of(new Ref(0, "Dana Whitfield"))));
	}

	@Test
	void targetsListEveryRouteForTheCheck() {
		TicketRouter router = router(DEFAULTS, RULES);
		assertThat(router.targets()).containsKeys("bridge.mapping.defaults", "bridge.mapping.rules[0]",
				"bridge.mapping.rules[4]");
		assertThat(router.targets().get("bridge.mapping.defaults")).extracting(TicketTarget::priorityId)
			.containsExactly(OptionalInt.of(1), OptionalInt.of(2), OptionalInt.of(3), OptionalInt.empty());
	}

	@Test
	void namesAddressesAndPolicyBindFromProperties() {
		Map<String, String> properties = Map.of("bridge.mapping.defaults.client", "Acme Dental",
				"bridge.mapping.defaults.ticket-type", "Alert", "bridge.mapping.unmapped", "reject",
				"bridge.mapping.rules[0].agent", "Dana Whitfield", "bridge.mapping.rules[0].category",
				"Monitoring>Firewall", "bridge.mapping.rules[0].match.addresses[0]", "192.0.2.0/24");
		MappingProperties bound = new Binder(new MapConfigurationPropertySource(properties))
			.bind("bridge.mapping", MappingProperties.class)
			.get();
		assertThat(bound.defaults().client()).isEqualTo("Acme Dental");
		assertThat(bound.defaults().ticketType()).isEqualTo("Alert");
		assertThat(bound.unmapped()).isEqualTo(Unmapped.REJECT);
		assertThat(bound.lookupRefresh()).isEqualTo(REFRESH);
		assertThat(bound.rules().get(0).agent()).isEqualTo("Dana Whitfield");
		assertThat(bound.rules().get(0).category()).isEqualTo("Monitoring>Firewall");
		assertThat(bound.rules().get(0).match().addresses()).containsExactly("192.0.2.0/24");
	}

}
