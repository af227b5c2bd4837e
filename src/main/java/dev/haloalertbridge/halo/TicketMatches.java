package dev.haloalertbridge.halo;

import java.util.Optional;
import java.util.OptionalLong;

import tools.jackson.databind.JsonNode;

import dev.haloalertbridge.alert.Fingerprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the bridge's ticket out of a Halo ticket list. The filter is not trusted to match
 * exactly, so each item's {@code third_party_id_string} is compared; if several match
 * (someone copied a ticket), the oldest wins and a warning says so.
 */
final class TicketMatches {

	private static final Logger logger = LoggerFactory.getLogger(TicketMatches.class);

	private TicketMatches() {
	}

	static Optional<TicketRef> oldest(JsonNode list, Fingerprint fingerprint) {
		JsonNode tickets = list.isArray() ? list : list.path("tickets");
		long best = Long.MAX_VALUE;
		int matches = 0;
		for (JsonNode ticket : tickets) {
			OptionalLong id = HaloWire.number(ticket.path("id"));
			if (id.isPresent() && fingerprint.value().equals(ticket.path("third_party_id_string").asString(""))) {
				matches++;
				best = Math.min(best, id.getAsLong());
			}
		}
		if (matches > 1) {
			logger.warn("Several open Halo tickets carry one fingerprint; using the oldest: fingerprint={} ticketId={}",
					fingerprint, best);
		}
		return (matches == 0) ? Optional.empty() : Optional.of(new TicketRef(best));
	}

}
