package dev.haloalertbridge.alert;

import java.util.Locale;
import java.util.Optional;

/**
 * How bad an alert is, on one scale for every vendor. Mapping rules choose a Halo
 * priority per severity.
 */
public enum Severity {

	CRITICAL, HIGH, MEDIUM, LOW, INFO;

	/**
	 * Reads the severity words vendors use. Alertmanager's convention is
	 * {@code critical}, {@code warning} and {@code info}; others say {@code error},
	 * {@code major}, {@code minor}, {@code notice} and so on.
	 * @param word a vendor's severity word, any case
	 * @return the severity, or empty if the word is unknown
	 */
	public static Optional<Severity> parse(String word) {
		return switch (word.strip().toLowerCase(Locale.ROOT)) {
			case "critical", "crit", "fatal", "emergency", "emerg", "alert", "disaster", "p1" -> Optional.of(CRITICAL);
			case "high", "error", "err", "major", "severe", "p2" -> Optional.of(HIGH);
			case "medium", "warning", "warn", "moderate", "average", "p3" -> Optional.of(MEDIUM);
			case "low", "minor", "notice", "p4" -> Optional.of(LOW);
			case "info", "informational", "information", "none", "debug", "ok", "p5" -> Optional.of(INFO);
			default -> Optional.empty();
		};
	}

	/**
	 * The lower-case name used in configuration, logs and metric tags.
	 * @return the tag value
	 */
	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}
