package dev.haloalertbridge.sandbox;

import java.time.Clock;
import java.util.List;

/**
 * The state of the in-memory Halo: tickets, actions, issued tokens and the rate-limit
 * window. Exists only with the {@code sandbox} profile. Tests elsewhere read it to see
 * what the bridge sent, and {@link #reset()} it between cases; the seeded clients, sites,
 * teams and other lookups are fixed and survive a reset.
 */
public final class SandboxHalo {

	private final TicketBook book;

	private final SandboxTokens tokens;

	private final SandboxRateWindow rateWindow;

	private final SandboxProperties properties;

	SandboxHalo(SandboxProperties properties, Clock clock) {
		this.properties = properties;
		this.book = new TicketBook(clock, properties.agentSeesAllTeams(), properties.clientId());
		this.tokens = new SandboxTokens(clock, properties.tokenLifetime());
		this.rateWindow = new SandboxRateWindow(clock, properties.rateLimitRequests(), properties.rateLimitWindow());
	}

	/**
	 * Every ticket, visible to the API agent or not, in id order.
	 * @return the tickets
	 */
	public List<SandboxTicket> tickets() {
		return this.book.all();
	}

	/**
	 * The actions of one ticket, the opening action first.
	 * @param ticketId the ticket
	 * @return its actions, empty for an unknown ticket
	 */
	public List<SandboxAction> actions(long ticketId) {
		return this.book.actions(ticketId);
	}

	/**
	 * Requests counted against the rate limit right now.
	 * @return the number of accepted requests inside the rolling window
	 */
	public int requestsInWindow() {
		return this.rateWindow.inWindow();
	}

	/**
	 * Forgets tickets, actions, tokens and the rate window; keeps the seeded lookups.
	 * Ticket ids start again at 1001.
	 */
	public void reset() {
		this.book.clear();
		this.tokens.clear();
		this.rateWindow.clear();
	}

	TicketBook book() {
		return this.book;
	}

	SandboxTokens tokens() {
		return this.tokens;
	}

	SandboxRateWindow rateWindow() {
		return this.rateWindow;
	}

	SandboxProperties properties() {
		return this.properties;
	}

}
