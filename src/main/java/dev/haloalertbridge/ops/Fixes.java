package dev.haloalertbridge.ops;

import java.util.Locale;

import dev.haloalertbridge.halo.HaloDeferredException;
import dev.haloalertbridge.halo.HaloException;
import dev.haloalertbridge.halo.HaloOperation;
import dev.haloalertbridge.halo.HaloRejectedException;
import dev.haloalertbridge.halo.HaloTransientException;
import dev.haloalertbridge.halo.Lookup;

/**
 * What to do about a failed check, in the words of Halo's screens. Built from the typed
 * failure, never from a secret: Halo's own short message at most.
 */
final class Fixes {

	private static final String APPLICATION = "Configuration > Integrations > Halo API > your application";

	private Fixes() {
	}

	static String signIn(HaloException ex) {
		if (ex instanceof HaloRejectedException rejected && rejected.operation() == HaloOperation.TOKEN) {
			return token(rejected);
		}
		if (ex instanceof HaloRejectedException rejected) {
			return (rejected.status() == 401)
					? "Halo issued a token but refused it for /api/Agent/me (401): check the Tenant (hosted Halo: your"
							+ " tenant; on premises: empty or Not set) and that the Resource Server is the same Halo as the"
							+ " Authorization Server"
					: "Halo answered " + rejected.status() + " to /api/Agent/me: the application's login type must be"
							+ " Agent, with an API-only agent, in " + APPLICATION;
		}
		return common(ex);
	}

	private static String token(HaloRejectedException rejected) {
		String message = rejected.getMessage().toLowerCase(Locale.ROOT);
		if (message.contains("invalid_client") || rejected.status() == 401) {
			return "Halo refused the Client ID or Client Secret (invalid_client): copy both again from " + APPLICATION
					+ " (the Client ID changes when the application is saved; authentication method Client ID and"
					+ " Secret (Services)), and check the Tenant";
		}
		if (message.contains("invalid_scope")) {
			return "Halo refused the scope: give the application the permissions read:tickets, edit:tickets and"
					+ " read:customers in " + APPLICATION + ", or set halo.scope to what it has";
		}
		if (rejected.status() == 404) {
			return "the Authorization Server answered 404 for /token: copy it from " + APPLICATION
					+ " (for example https://acme.halopsa.com/auth; the trailing slash is optional)";
		}
		return "Halo refused the token request (" + rejected.status() + "): " + shortMessage(rejected);
	}

	static String lookup(Lookup lookup, HaloException ex) {
		if (ex instanceof HaloRejectedException rejected && rejected.status() == 403) {
			return (lookup == Lookup.CLIENTS)
					? "Halo answered 403 to GET /api/Client: give the application the permission read:customers in "
							+ APPLICATION + " > Permissions, and the API agent's role access to all clients"
					: "Halo answered 403 to GET /api" + lookup.path() + ": give the application the permission"
							+ " read:tickets (edit:tickets includes it) in " + APPLICATION
							+ " > Permissions, and check the API agent's role";
		}
		if (ex instanceof HaloRejectedException rejected) {
			return "Halo answered " + rejected.status() + " to GET /api" + lookup.path() + ": "
					+ shortMessage(rejected);
		}
		return common(ex);
	}

	static String write(HaloException ex) {
		if (ex instanceof HaloRejectedException rejected) {
			return "Halo answered " + rejected.status() + ": " + shortMessage(rejected)
					+ " (the API agent's role must allow adding tickets, all ticket types and all clients)";
		}
		return common(ex);
	}

	private static String common(HaloException ex) {
		if (ex instanceof HaloDeferredException deferred) {
			return "Halo is rate limiting the bridge, or its call budget is spent; try again after "
					+ deferred.notBefore();
		}
		if (ex instanceof HaloTransientException) {
			return "could not reach Halo (" + shortMessage(ex)
					+ "): check the Resource Server and Authorization Server URLs and the network";
		}
		return shortMessage(ex);
	}

	private static String shortMessage(HaloException ex) {
		String message = ex.getMessage();
		return (message.length() > 200) ? message.substring(0, 200) + "..." : message;
	}

}
