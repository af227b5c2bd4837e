package dev.haloalertbridge.mapping;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.Severity;
import dev.haloalertbridge.mapping.MappingProperties.Rule;
import dev.haloalertbridge.support.AddressRange;
import dev.haloalertbridge.support.InvalidSettingsException;

/**
 * A rule's conditions, compiled once at start-up into one predicate and a description of
 * them for people ("why did this rule match"). A pattern or address block that does not
 * compile stops start-up with a message naming the rule.
 *
 * @param test whether an alert meets every condition
 * @param description the conditions as {@code name=value} pairs, or {@code any alert}
 */
record RuleConditions(Predicate<Alert> test, String description) {

	private static final Pattern IP_AND_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");

	static RuleConditions compile(int index, Rule rule) {
		List<Predicate<Alert>> conditions = new ArrayList<>();
		List<String> described = new ArrayList<>();
		if (!rule.source().isEmpty()) {
			conditions.add((alert) -> rule.source().equals(alert.source()));
			described.add("source=" + rule.source());
		}
		if (!rule.customer().isEmpty()) {
			conditions.add((alert) -> rule.customer().equals(alert.customerKey()));
			described.add("customer=" + rule.customer());
		}
		MappingProperties.Match match = rule.match();
		if (!match.device().isEmpty()) {
			Pattern glob = glob(match.device());
			conditions.add((alert) -> glob.matcher(alert.device()).matches());
			described.add("device~" + match.device());
		}
		if (!match.hostname().isEmpty()) {
			Pattern hostname = regex(index, match.hostname());
			conditions.add((alert) -> hostname.matcher(alert.device()).matches());
			described.add("hostname~/" + match.hostname() + "/");
		}
		if (!match.severities().isEmpty()) {
			Set<Severity> severities = EnumSet.copyOf(match.severities());
			conditions.add((alert) -> severities.contains(alert.severity()));
			described.add("severity in " + severities.stream().map(Severity::tag).toList());
		}
		match.labels().forEach((key, value) -> {
			conditions.add((alert) -> value.equals(alert.labels().get(key)));
			described.add("labels." + key + "=" + value);
		});
		if (!match.addresses().isEmpty()) {
			List<AddressRange> ranges = ranges(index, match.addresses());
			conditions.add((alert) -> addresses(alert)
				.anyMatch((address) -> ranges.stream().anyMatch((range) -> range.contains(address))));
			described.add("address in " + match.addresses());
		}
		Predicate<Alert> all = (alert) -> {
			for (Predicate<Alert> condition : conditions) {
				if (!condition.test(alert)) {
					return false;
				}
			}
			return true;
		};
		return new RuleConditions(all, described.isEmpty() ? "any alert" : String.join(", ", described));
	}

	/**
	 * A glob as a pattern: {@code *} any run of characters, {@code ?} one, everything
	 * else literal; case-insensitive, as serials and host names are.
	 */
	static Pattern glob(String glob) {
		StringBuilder regex = new StringBuilder();
		for (char c : glob.toCharArray()) {
			switch (c) {
				case '*' -> regex.append(".*");
				case '?' -> regex.append('.');
				default -> regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
	}

	/**
	 * The addresses an alert can be placed by: its sender's, and its device's when the
	 * device is given as an IP address (with or without an IPv4 port, as Prometheus's
	 * {@code instance} label has it).
	 */
	static Stream<InetAddress> addresses(Alert alert) {
		return Stream.concat(alert.sender().stream(), deviceAddress(alert.device()).stream());
	}

	private static Optional<InetAddress> deviceAddress(String device) {
		var ipAndPort = IP_AND_PORT.matcher(device);
		String literal = ipAndPort.matches() ? ipAndPort.group(1) : device;
		try {
			return Optional.of(AddressRange.literal(literal));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static List<AddressRange> ranges(int index, List<String> blocks) {
		try {
			return blocks.stream().map(AddressRange::parse).toList();
		}
		catch (IllegalArgumentException ex) {
			throw InvalidSettingsException.of("bridge.mapping.rules[" + index + "].match.addresses",
					"is not a list of IP addresses or CIDR blocks such as 192.0.2.0/24: " + ex.getMessage());
		}
	}

	private static Pattern regex(int index, String regex) {
		try {
			return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
		}
		catch (PatternSyntaxException ex) {
			throw InvalidSettingsException.of("bridge.mapping.rules[" + index + "].match.hostname",
					"is not a valid regular expression: " + ex.getDescription());
		}
	}

}
