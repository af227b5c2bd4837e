package dev.haloalertbridge.support;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Settings the bridge cannot start with, each named by its property. Thrown while the
 * application context starts; {@link SettingsFailureAnalyzer} turns it into Spring Boot's
 * short "APPLICATION FAILED TO START" report, naming each setting with its environment
 * variable, instead of a long stack trace. Never carries a setting's value when that
 * value could be a secret.
 */
public class InvalidSettingsException extends IllegalStateException {

	private final List<InvalidSetting> settings;

	private final String hint;

	/**
	 * Settings that are missing or wrong.
	 * @param settings each setting and what is wrong with it, at least one
	 * @param hint what else may help, such as the sandbox profile; empty for nothing
	 */
	public InvalidSettingsException(List<InvalidSetting> settings, String hint) {
		super(message(settings, hint));
		if (settings.isEmpty()) {
			throw new IllegalArgumentException("at least one setting is invalid");
		}
		this.settings = List.copyOf(settings);
		this.hint = hint;
	}

	/**
	 * One setting that is missing or wrong.
	 * @param property the property, as in {@code bridge.mapping.rules[0].match.hostname}
	 * @param problem what is wrong, worded to follow the name: "is missing"
	 * @return the exception
	 */
	public static InvalidSettingsException of(String property, String problem) {
		return new InvalidSettingsException(List.of(new InvalidSetting(property, problem)), "");
	}

	public List<InvalidSetting> settings() {
		return this.settings;
	}

	public String hint() {
		return this.hint;
	}

	/**
	 * The environment variable that sets a property, by Spring Boot's relaxed binding:
	 * upper case, dots, brackets and dashes as underscores.
	 * @param property the property, as in {@code halo.client-id}
	 * @return the variable, as in {@code HALO_CLIENT_ID}
	 */
	public static String environmentVariable(String property) {
		return property.replace("]", "").replaceAll("[.\\[-]", "_").replaceAll("_+", "_").toUpperCase(Locale.ROOT);
	}

	private static String message(List<InvalidSetting> settings, String hint) {
		String problems = settings.stream().map(InvalidSetting::toString).collect(Collectors.joining("; "));
		return hint.isEmpty() ? problems : problems + ". " + hint;
	}

	/**
	 * A setting and what is wrong with it.
	 *
	 * @param property the property, as in {@code halo.client-id}
	 * @param problem what is wrong, worded to follow the name: "is missing"
	 */
	public record InvalidSetting(String property, String problem) {

		/**
		 * The environment variable that sets this property.
		 * @return the variable
		 */
		public String environmentVariable() {
			return InvalidSettingsException.environmentVariable(this.property);
		}

		@Override
		public String toString() {
			return this.property + " " + this.problem + " (" + environmentVariable() + ")";
		}

	}

}
