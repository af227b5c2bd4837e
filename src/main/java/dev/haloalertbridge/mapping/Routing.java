package dev.haloalertbridge.mapping;

import java.util.Optional;

/**
 * What the rules make of an alert: which rule matched and why, and where its ticket goes,
 * or that it is unmapped.
 *
 * @param rule the index of the rule that matched, or -1 when none did
 * @param why the matched rule's conditions, or why no rule applies, for people
 * @param target where the ticket goes; empty when no rule matched and unmapped alerts are
 * rejected
 */
public record Routing(int rule, String why, Optional<TicketTarget> target) {

	/**
	 * Whether no rule matched the alert.
	 * @return true when it is unmapped (whether or not it goes to the default client)
	 */
	public boolean unmapped() {
		return this.rule < 0;
	}

}
