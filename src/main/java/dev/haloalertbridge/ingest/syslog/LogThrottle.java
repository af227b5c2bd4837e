package dev.haloalertbridge.ingest.syslog;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most one log line per sender per interval: a misconfigured firewall sending
 * thousands of unreadable lines a second must not flood the log. The counters still count
 * every one.
 */
final class LogThrottle {

	/** Forgets everyone at once beyond this, so spoofed UDP senders cannot grow it. */
	private static final int MAX_SENDERS = 10_000;

	private final Map<InetAddress, Instant> lastLogged = new ConcurrentHashMap<>();

	private final Clock clock;

	private final Duration interval;

	LogThrottle(Clock clock, Duration interval) {
		this.clock = clock;
		this.interval = interval;
	}

	/**
	 * Whether a sender's problem may be logged now; if so, the next may be logged one
	 * interval later.
	 * @param sender the sender's address
	 * @return true at most once per interval per sender
	 */
	boolean mayLog(InetAddress sender) {
		Instant now = this.clock.instant();
		if (this.lastLogged.size() > MAX_SENDERS) {
			this.lastLogged.clear();
		}
		boolean[] granted = { false };
		this.lastLogged.compute(sender, (key, last) -> {
			if (last == null || !now.isBefore(last.plus(this.interval))) {
				granted[0] = true;
				return now;
			}
			return last;
		});
		return granted[0];
	}

}
