package dev.haloalertbridge;

import java.util.Map;

import dev.haloalertbridge.halo.HaloConnection;
import dev.haloalertbridge.halo.HaloConnectionSource;
import dev.haloalertbridge.ingest.IngestProperties;
import dev.haloalertbridge.mapping.MappingProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Start-up outside the sandbox: missing Halo settings stop the bridge with a message
 * naming each one.
 */
class StartupTests {

	@Test
	void missingHaloSettingsFailStartupNamingEachEnvironmentVariable() {
		Start app = app("--halo.client-id=abc");
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

	@ParameterizedTest(name = "HALO_TENANT \"{0}\"")
	@ValueSource(strings = { "", "Not set", "not set" })
	void selfHostedHaloWithoutTenantStartsAndAsksForATokenWithoutOne(String tenant) {
		try (ConfigurableApplicationContext context = app("--halo.client-id=abc", "--halo.client-secret=s3cr3t-value",
				"--halo.resource-server=https://halo.example.com/api",
				"--halo.authorization-server=https://halo.example.com/auth/", "--halo.tenant=" + tenant)
			.run()) {
			HaloConnection connection = context.getBean(HaloConnectionSource.class).connection();
			assertThat(connection.tokenUri()).hasToString("https://halo.example.com/auth/token");
		}
	}

	@Test
	void environmentVariablesAsTheHelmChartsSecretSetsThemBind() {
		Map<String, Object> variables = Map.of("HALO_CLIENT_ID", "env-client", "HALO_CLIENT_SECRET", "env-secret",
				"HALO_RESOURCE_SERVER", "https://acme.halopsa.com/api", "HALO_AUTHORIZATION_SERVER",
				"https://acme.halopsa.com/auth/", "HALO_TENANT", "acme", "BRIDGE_INGEST_SOURCES_ALERTMANAGER_TOKEN",
				"env-webhook-token", "BRIDGE_MAPPING_DEFAULTS_CLIENTID", "12", "BRIDGE_MAPPING_DEFAULTS_TICKETTYPEID",
				"21");
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HaloAlertBridgeApplication.class)
			.environment(environment)
			.run("--server.port=0", "--spring.main.banner-mode=off")) {
			HaloConnection connection = context.getBean(HaloConnectionSource.class).connection();
			assertThat(connection.clientId()).isEqualTo("env-client");
			assertThat(connection.clientSecret().value()).isEqualTo("env-secret");
			assertThat(connection.tokenUri()).hasToString("https://acme.halopsa.com/auth/token?tenant=acme");
			assertThat(context.getBean(IngestProperties.class).sources().get("alertmanager").token())
				.isEqualTo("env-webhook-token");
			assertThat(context.getBean(MappingProperties.class).defaults().ticketTypeId()).isEqualTo(21);
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
