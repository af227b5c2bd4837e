package dev.haloalertbridge;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Start-up outside the sandbox: missing Halo settings stop the bridge with a message
 * naming each one.
 */
class StartupTests {

	@Test
	void missingHaloSettingsFailStartupNamingEachEnvironmentVariable() {
		Start app = app("--halo.client-id=abc", "--halo.tenant=Not set");
		assertThatThrownBy(app::run).rootCause()
			.hasMessageContaining("HALO_CLIENT_SECRET")
			.hasMessageContaining("HALO_RESOURCE_SERVER")
			.hasMessageContaining("HALO_AUTHORIZATION_SERVER")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("HALO_CLIENT_ID", "HALO_TENANT"));
	}

	@Test
	void authorizationServerThatIsNotAUrlFailsStartupNamingIt() {
		Start app = app("--halo.client-id=abc", "--halo.client-secret=s3cr3t-value",
				"--halo.resource-server=https://acme.halopsa.com/api", "--halo.authorization-server=acme.halopsa.com",
				"--halo.tenant=acme");
		assertThatThrownBy(app::run).rootCause()
			.hasMessageContaining("HALO_AUTHORIZATION_SERVER")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("s3cr3t-value"));
	}

	@Test
	void completeSettingsStartWithoutContactingHalo() {
		try (ConfigurableApplicationContext context = app("--halo.client-id=abc", "--halo.client-secret=s3cr3t-value",
				"--halo.resource-server=https://acme.halopsa.com/api",
				"--halo.authorization-server=https://acme.halopsa.com/auth/", "--halo.tenant=acme")
			.run()) {
			assertThat(context.isRunning()).isTrue();
		}
	}

	private static Start app(String... args) {
		String[] common = { "--server.port=0", "--spring.main.banner-mode=off", "--bridge.mapping.defaults.client-id=1",
				"--bridge.mapping.defaults.ticket-type-id=1" };
		String[] all = new String[common.length + args.length];
		System.arraycopy(common, 0, all, 0, common.length);
		System.arraycopy(args, 0, all, common.length, args.length);
		return () -> new SpringApplicationBuilder(HaloAlertBridgeApplication.class).run(all);
	}

	@FunctionalInterface
	private interface Start {

		ConfigurableApplicationContext run();

	}

}
