package dev.haloalertbridge.ops;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.haloalertbridge.halo.HaloRecord;
import dev.haloalertbridge.halo.Lookup;

/**
 * A lookup's answer, or how to fix its failure.
 *
 * @param items the records Halo listed, empty when the lookup failed
 * @param fix how to fix the failure, empty when it did not fail
 */
record Looked(List<HaloRecord> items, Optional<String> fix) {

	/**
	 * The lists the mapping's names resolve against.
	 * @param ticketTypes the ticket types
	 * @param others the other lists some target needs
	 * @return every list by lookup
	 */
	static Map<Lookup, List<HaloRecord>> lists(Looked ticketTypes, Map<Lookup, Looked> others) {
		Map<Lookup, List<HaloRecord>> lists = new EnumMap<>(Lookup.class);
		lists.put(Lookup.TICKET_TYPES, ticketTypes.items());
		others.forEach((lookup, looked) -> lists.put(lookup, looked.items()));
		return lists;
	}

}
