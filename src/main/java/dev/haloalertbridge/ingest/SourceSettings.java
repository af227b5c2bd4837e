package dev.haloalertbridge.ingest;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.haloalertbridge.alert.Severity;

/**
 * One configured source as an adapter sees it. A source is data: its name is the URL
 * segment ({@code POST /webhooks/{name}}), the metric tag and the fingerprint namespace;
 * its vendor picks the adapter. Two Grafana instances with different secrets are two
 * sources of one vendor.
 *
 * @param name the source name
 * @param vendor the vendor whose adapter reads it
 * @param defaultSeverity the severity of an alert that names none
 * @param options vendor-specific settings (field mappings, per-organisation secrets)
 */
public record SourceSettings(String name, String vendor, Severity defaultSeverity, Map<String, String> options) {

	private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,32}");

	public SourceSettings {
		Objects.requireNonNull(vendor, "vendor");
		Objects.requireNonNull(defaultSeverity, "defaultSeverity");
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException(
					"a source name is 1 to 32 lower-case letters, digits or hyphens, not '" + name + "'");
		}
		options = Map.copyOf(options);
	}

	/**
	 * A source of the vendor of the same name with no options, as most tests and simple
	 * setups have it.
	 * @param vendor the vendor, also the source name
	 * @param defaultSeverity the severity of an alert that names none
	 * @return the settings
	 */
	public static SourceSettings of(String vendor, Severity defaultSeverity) {
		return new SourceSettings(vendor, vendor, defaultSeverity, Map.of());
	}

	/**
	 * A vendor-specific setting.
	 * @param key the option's name
	 * @return its value, if set and not blank
	 */
	public Optional<String> option(String key) {
		return Optional.ofNullable(this.options.get(key)).filter((value) -> !value.isBlank());
	}

}
