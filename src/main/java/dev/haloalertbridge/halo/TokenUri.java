package dev.haloalertbridge.halo;

import java.net.URI;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds Halo's token URL from the Authorization Server a user typed. Guides tell users
 * to end it with a slash; other tools want it without. Both mean the same server, so the
 * path is trimmed of trailing slashes and {@code /token} appended (never
 * {@link URI#resolve(String)}, which would replace the last segment).
 */
final class TokenUri {

	private TokenUri() {
	}

	static URI of(URI authorizationServer, String tenant) {
		String path = authorizationServer.getPath() == null ? "" : authorizationServer.getPath();
		String trimmed = path.replaceAll("/+$", "");
		UriComponentsBuilder builder = UriComponentsBuilder.fromUri(authorizationServer)
			.replacePath(trimmed + "/token")
			.replaceQuery(null);
		if (HaloConnection.isNoTenant(tenant)) {
			return builder.build().toUri();
		}
		// As a URI variable the tenant is encoded strictly, '+' and '&' included.
		return builder.queryParam("tenant", "{tenant}").encode().buildAndExpand(tenant.strip()).toUri();
	}

}
