package dev.haloalertbridge.mapping;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.Severity;
import dev.haloalertbridge.mapping.MappingProperties.Defaults;
import dev.haloalertbridge.mapping.MappingProperties.Match;
import dev.haloalertbridge.mapping.MappingProperties.Rule;
import dev.haloalertbridge.support.AddressRange;
import dev.haloalertbridge.testsupport.TestAlert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A rule's match conditions beyond source and customer (device glob, hostname regex,
 * severities, labels, sender or device address), each through the router the bridge
 * builds, and how they bind from properties.
 */
class RuleConditionsTests {

	private static final Defaults DEFAULTS = new Defaults(1, 2, "First Line", 21,
			Map.of(Severity.CRITICAL, 1, Severity.HIGH, 2, Severity.MEDIUM, 3));

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

	static Stream<Arguments> addressMatchers() {
		Alert firewall = TestAlert.firing().withDevice("FW-BRANCH-7").build();
		return Stream.of(
				Arguments.of("sender inside the block", List.of("192.0.2.0/24"), firewall.from(ip("192.0.2.17")), true),
				Arguments.of("sender outside the block", List.of("192.0.2.0/24"), firewall.from(ip("198.51.100.1")),
						false),
				Arguments.of("sender as one address", List.of("192.0.2.17"), firewall.from(ip("192.0.2.17")), true),
				Arguments.of("any of several blocks", List.of("10.0.0.0/8", "192.0.2.0/28"),
						firewall.from(ip("192.0.2.3")), true),
				Arguments.of("IPv6 sender", List.of("2001:db8::/48"), firewall.from(ip("2001:db8:0:1::9")), true),
				Arguments.of("IPv4 sender never in an IPv6 block", List.of("2001:db8::/48"),
						firewall.from(ip("192.0.2.3")), false),
				Arguments.of("device given as an address", List.of("10.20.0.0/16"),
						TestAlert.firing().withDevice("10.20.3.4").build(), true),
				Arguments.of("device as address and port, as Prometheus's instance", List.of("10.20.0.0/16"),
						TestAlert.firing().withDevice("10.20.3.4:9100").build(), true),
				Arguments.of("device name is not an address", List.of("10.20.0.0/16"),
						TestAlert.firing().withDevice("db01.acme.example.com").build(), false),
				Arguments.of("no sender and no address", List.of("0.0.0.0/0"), firewall, false));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("addressMatchers")
	void addressConditionTakesTheSenderOrTheDevicesAddress(String description, List<String> blocks, Alert alert,
			boolean matches) {
		Match match = new Match("", "", List.of(), Map.of(), blocks);
		TicketRouter router = router(DEFAULTS, List.of(new Rule("", "", 500, null, null, null, Map.of(), match)));
		assertThat(target(router, alert).client().id() == 500).isEqualTo(matches);
	}

	@Test
	void invalidAddressBlockStopsStartUpNamingTheRule() {
		Match match = new Match("", "", List.of(), Map.of(), List.of("192.0.2.0/33"));
		assertThatIllegalStateException()
			.isThrownBy(() -> router(DEFAULTS, List.of(new Rule("", "", 6, null, null, null, Map.of(), match))))
			.withMessageStartingWith("bridge.mapping.rules[0].match.addresses is not a list of IP addresses");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("matchers")
	void ruleMatchesOnlyWhenEveryConditionHolds(String description, Match match, TestAlert alert, boolean matches) {
		TicketRouter router = router(DEFAULTS, List.of(new Rule("", "", 500, null, null, null, Map.of(), match)));
		assertThat(target(router, alert.build()).client().id() == 500).isEqualTo(matches);
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

	private static TicketTarget target(TicketRouter router, Alert alert) {
		return router.route(alert).target().orElseThrow();
	}

	private static TicketRouter router(Defaults defaults, List<Rule> rules) {
		return new TicketRouter(new MappingProperties(defaults, rules));
	}

	private static InetAddress ip(String literal) {
		return AddressRange.literal(literal);
	}

	private static Arguments matcher(String description, Match match, TestAlert alert, boolean matches) {
		return Arguments.of(description, match, alert, matches);
	}

}
