package dev.haloalertbridge.ingest.syslog;

/**
 * A syslog message the bridge cannot read: no priority, a broken header, or a body that
 * lacks what its vendor always sends (a SonicOS {@code sn}, a FortiOS {@code devid}). The
 * only exception parsing throws; listeners count it and read the next message.
 */
public class SyslogParseException extends RuntimeException {

	SyslogParseException(String message) {
		super(message);
	}

}
