package dev.haloalertbridge.mapping;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.Severity;
import dev.haloalertbridge.mapping.MappingProperties.Defaults;
import dev.haloalertbridge.mapping.MappingProperties.Rule;
import dev.haloalertbridge.testsupport.TestAlert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

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

}
