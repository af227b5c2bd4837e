package dev.haloalertbridge.ticketing;

import java.util.List;

/**
 * A ticket's route names a client, ticket type or agent Halo does not have (or has more
 * than once). The create stays owed and is tried again with a growing backoff, against
 * the lists read again: someone may be fixing Halo or the mapping.
 */
class UnresolvedRouteException extends RuntimeException {

	UnresolvedRouteException(List<String> problems) {
		super(String.join("; ", problems), null, false, false);
	}

}
