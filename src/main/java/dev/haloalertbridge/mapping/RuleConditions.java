package dev.haloalertbridge.mapping;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.Severity;
import dev.haloalertbridge.mapping.MappingProperties.Rule;
import dev.haloalertbridge.support.InvalidSettingsException;

/**
 * A rule's conditions, compiled once at start-up into one predicate. A pattern that does
 * not compile stops start-up with a message naming the rule.
 */
final class RuleConditions {

	private RuleConditions() {
	}

	static Predicate<Alert> compile(int index, Rule rule) {
		List<Predicate<Alert>> conditions = new ArrayList<>();
		if (!rule.source().isEmpty()) {
			conditions.add((alert) -> rule.source().equals(alert.source()));
		}
		if (!rule.customer().isEmpty()) {
			conditions.add((alert) -> rule.customer().equals(alert.customerKey()));
		}
		MappingProperties.Match match = rule.match();
		if (!match.device().isEmpty()) {
			Pattern glob = glob(match.device());
			conditions.add((alert) -> glob.matcher(alert.device()).matches());
		}
		if (!match.hostname().isEmpty()) {
			Pattern hostname = regex(index, match.hostname());
			conditions.add((alert) -> hostname.matcher(alert.device()).matches());
		}
		if (!match.severities().isEmpty()) {
			Set<Severity> severities = EnumSet.copyOf(match.severities());
			conditions.add((alert) -> severities.contains(alert.severity()));
		}
		match.labels().forEach((key, value) -> conditions.add((alert) -> value.equals(alert.labels().get(key))));
		return (alert) -> conditions.stream().allMatch((condition) -> condition.test(alert));
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
