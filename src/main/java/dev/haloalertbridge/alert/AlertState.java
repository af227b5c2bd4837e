package dev.haloalertbridge.alert;

import java.util.Locale;

/**
 * Whether an alert is still firing or has been resolved at its source.
 */
public enum AlertState {

	FIRING, RESOLVED;

	/**
	 * The lower-case name used in logs and metric tags.
	 * @return the tag value
	 */
	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}
