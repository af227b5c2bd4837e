package dev.haloalertbridge.ingest.syslog;

import java.util.Locale;

/**
 * How a syslog message arrived; a metric tag.
 */
enum Transport {

	UDP, TCP,

	/** Lines a relay posts to {@code POST /webhooks/<source>}. */
	HTTP;

	String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}
