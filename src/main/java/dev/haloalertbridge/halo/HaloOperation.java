package dev.haloalertbridge.halo;

import java.util.Locale;

/**
 * The calls the bridge makes to Halo; the {@code operation} tag of the Halo metrics.
 */
public enum HaloOperation {

	TOKEN, CREATE_TICKET, ADD_NOTE, FIND_TICKET, LOOKUP;

	/**
	 * The lower-case name for logs and metric tags.
	 * @return the tag value
	 */
	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}
