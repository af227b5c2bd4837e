package dev.haloalertbridge.sandbox;

import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;

import dev.haloalertbridge.halo.HaloConnection;
import dev.haloalertbridge.halo.HaloConnectionSource;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Points the bridge's Halo client at the sandbox in the same process. The port is known
 * only once the web server is up (it may be random), so the connection is built from
 * {@link WebServerInitializedEvent}; a management server on its own port is ignored. The
 * authorization server ends with a slash, as Halo's guides spell it, so the client's
 * token-URL rule is exercised on every run.
 */
final class SandboxConnectionSource implements HaloConnectionSource, ApplicationListener<WebServerInitializedEvent> {

	private final SandboxProperties properties;

	private final AtomicReference<HaloConnection> connection = new AtomicReference<>();

	SandboxConnectionSource(SandboxProperties properties) {
		this.properties = properties;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() != null) {
			return;
		}
		String base = "http://127.0.0.1:" + event.getWebServer().getPort() + "/sandbox";
		this.connection.set(new HaloConnection(this.properties.clientId(), this.properties.clientSecret(),
				URI.create(base + "/api"), URI.create(base + "/auth/"), this.properties.tenant(), "all"));
	}

	@Override
	public HaloConnection connection() {
		HaloConnection current = this.connection.get();
		if (current == null) {
			throw new IllegalStateException("sandbox not started yet");
		}
		return current;
	}

}
