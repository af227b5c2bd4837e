package dev.haloalertbridge.mapping;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.Severity;
import dev.haloalertbridge.mapping.MappingProperties.Defaults;
import dev.haloalertbridge.mapping.MappingProperties.Match;
import dev.haloalertbridge.mapping.MappingProperties.Rule;
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
		assertThat(router.route(alert).clientId()).isEqualTo(clientId);
	}

	@Test
	void noMatchingRuleRoutesToTheDefaults() {
		TicketRouter router = router(DEFAULTS, RULES);
		TicketRoute route = router.route(TestAlert.firing().withCustomer("INITECH-9").build());
		assertThat(route).isEqualTo(new TicketRoute(1, OptionalInt.of(2), "First Line", 21, OptionalInt.of(1)));
	}

	@Test
	void noRulesAtAllRoutesToTheDefaults() {
		TicketRouter router = router(new Defaults(5, null, "", 8, Map.of()), List.of());
		TicketRoute route = router.route(TestAlert.firing().build());
		assertThat(route).isEqualTo(new TicketRoute(5, OptionalInt.empty(), "", 8, OptionalInt.empty()));
	}

	@Test
	void ruleFieldsItLeavesOutComeFromTheDefaults() {
		TicketRouter router = router(DEFAULTS, List.of(new Rule("", "ACME-001", null, null, null, null, Map.of())));
		TicketRoute route = router.route(TestAlert.firing().build());
		assertThat(route).isEqualTo(new TicketRoute(1, OptionalInt.of(2), "First Line", 21, OptionalInt.of(1)));
	}

	@Test
	void ruleFieldsItSetsWin() {
		TicketRouter router = router(DEFAULTS,
				List.of(new Rule("", "ACME-001", 300, 301, "Network", 302, Map.of(Severity.CRITICAL, 9))));
		TicketRoute route = router.route(TestAlert.firing().build());
		assertThat(route).isEqualTo(new TicketRoute(300, OptionalInt.of(301), "Network", 302, OptionalInt.of(9)));
	}

	@Test
	void anEmptyTeamOnARuleIsKeptNotReplacedByTheDefault() {
		TicketRouter router = router(DEFAULTS, List.of(new Rule("", "", null, null, "", null, Map.of())));
		assertThat(router.route(TestAlert.firing().build()).team()).isEmpty();
	}

	@ParameterizedTest(name = "{0} -> priority {1}")
	@CsvSource({ "CRITICAL, 10", "HIGH, 2", "MEDIUM, 30", "LOW, 40", "INFO, " })
	void priorityComesFromTheRuleThenFromTheDefaults(Severity severity, Integer expected) {
		Rule rule = new Rule("", "", null, null, null, null,
				Map.of(Severity.CRITICAL, 10, Severity.MEDIUM, 30, Severity.LOW, 40));
		TicketRouter router = router(DEFAULTS, List.of(rule));
		OptionalInt priority = router.route(TestAlert.firing().withSeverity(severity).build()).priorityId();
		assertThat(priority).isEqualTo((expected != null) ? OptionalInt.of(expected) : OptionalInt.empty());
	}

	@ParameterizedTest(name = "{0} -> priority {1}")
	@CsvSource({ "CRITICAL, 1", "HIGH, 2", "MEDIUM, 3", "LOW, ", "INFO, " })
	void unmatchedAlertTakesTheDefaultPriorityOfItsSeverity(Severity severity, Integer expected) {
		TicketRouter router = router(DEFAULTS, List.of());
		OptionalInt priority = router.route(TestAlert.firing().withSeverity(severity).build()).priorityId();
		assertThat(priority).isEqualTo((expected != null) ? OptionalInt.of(expected) : OptionalInt.empty());
	}

	private static TicketRouter router(Defaults defaults, List<Rule> rules) {
		return new TicketRouter(new MappingProperties(defaults, rules));
	}

	static Stream<Arguments> matchers() {
		TestAlert fw = TestAlert.firing()
			.withDevice("2CB8ED4F1A20")
			.withSeverity(Severity.HIGH)
			.withLabels(Map.of("site", "branch-7", "env", "prod"));
		TestAlert db = TestAlert.firing().withDevice("db01.acme.example.com").withSeverity(Severity.LOW);
		return Stream.of(
				matcher("device glob matches a serial prefix", new Match("2cb8*", "", List.of(), Map.of()), fw, true),
				matcher("device glob must match the whole device", new Match("2CB8", "", List.of(), Map.of()), fw,
						false),
				matcher("device glob ? is one character", new Match("2CB8ED4F1A2?", "", List.of(), Map.of()), fw, true),
				matcher("device glob treats dots literally", new Match("db01.acme.*", "", List.of(), Map.of()), db,
						true),
				matcher("hostname regex matches the whole name",
						new Match("", "db\\d+\\.acme\\..*", List.of(), Map.of()), db, true),
				matcher("hostname regex does not match a prefix only", new Match("", "db\\d+", List.of(), Map.of()), db,
						false),
				matcher("severity in the list", new Match("", "", List.of(Severity.HIGH, Severity.CRITICAL), Map.of()),
						fw, true),
				matcher("severity not in the list", new Match("", "", List.of(Severity.CRITICAL), Map.of()), db, false),
				matcher("every label must be equal",
						new Match("", "", List.of(), Map.of("site", "branch-7", "env", "prod")), fw, true),
				matcher("a label with another value fails", new Match("", "", List.of(), Map.of("env", "test")), fw,
						false),
				matcher("a missing label fails", new Match("", "", List.of(), Map.of("site", "branch-7")), db, false),
				matcher("all conditions together",
						new Match("2CB8*", "", List.of(Severity.HIGH), Map.of("env", "prod")), fw, true));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("matchers")
	void ruleMatchesOnlyWhenEveryConditionHolds(String description, Match match, TestAlert alert, boolean matches) {
		TicketRouter router = router(DEFAULTS, List.of(new Rule("", "", 500, null, null, null, Map.of(), match)));
		assertThat(router.route(alert.build()).clientId() == 500).isEqualTo(matches);
	}

	@Test
	void invalidHostnamePatternStopsStartUpNamingTheRule() {
		List<Rule> rules = List.of(new Rule("", "ACME-001", 5, null, null, null, Map.of()),
				new Rule("", "", 6, null, null, null, Map.of(), new Match("", "db(", List.of(), Map.of())));
		assertThatIllegalStateException().isThrownBy(() -> router(DEFAULTS, rules))
			.withMessageStartingWith("bridge.mapping.rules[1].match.hostname is not a valid regular expression");
	}

	@Test
	void matchConditionsBindFromProperties() {
		Map<String, String> properties = Map.of("bridge.mapping.defaults.client-id", "1",
				"bridge.mapping.defaults.ticket-type-id", "21", "bridge.mapping.rules[0].client-id", "7",
				"bridge.mapping.rules[0].match.device", "FGT60*", "bridge.mapping.rules[0].match.severities[0]",
				"critical", "bridge.mapping.rules[0].match.labels.env", "prod");
		MappingProperties bound = new Binder(new MapConfigurationPropertySource(properties))
			.bind("bridge.mapping", MappingProperties.class)
			.get();
		assertThat(bound.rules().get(0).match())
			.isEqualTo(new Match("FGT60*", "", List.of(Severity.CRITICAL), Map.of("env", "prod")));
		assertThat(bound.rules().get(0).clientId()).isEqualTo(7);
	}

	private static Arguments matcher(String description, Match match, TestAlert alert, boolean matches) {
		return Arguments.of(description, match, alert, matches);
	}

}
