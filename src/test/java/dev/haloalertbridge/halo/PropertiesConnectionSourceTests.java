package dev.haloalertbridge.halo;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PropertiesConnectionSourceTests {

	private static final String SECRET = "Zx9-halo-client-secret-4471";

	private static final List<String> VARIABLES = List.of("HALO_CLIENT_ID", "HALO_CLIENT_SECRET",
			"HALO_RESOURCE_SERVER", "HALO_AUTHORIZATION_SERVER");

	@Test
	void allMissingNamesEveryVariableInOneMessage() {
		assertThatIllegalStateException()
			.isThrownBy(() -> PropertiesConnectionSource.validate(properties(null, null, null, null, null)))
			.withMessageContainingAll(VARIABLES.toArray(String[]::new))
			.withMessageContaining("halo.client-id")
			.withMessageContaining("sandbox")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("HALO_TENANT"));
	}

	@Test
	void someMissingNamesOnlyThose() {
		HaloProperties properties = properties("  ", SECRET, "https://acme.halopsa.com/api",
				"https://acme.halopsa.com/auth/", "acme");
		assertThatIllegalStateException().isThrownBy(() -> PropertiesConnectionSource.validate(properties))
			.withMessageContaining("HALO_CLIENT_ID")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("HALO_CLIENT_SECRET", "HALO_RESOURCE_SERVER",
					"HALO_AUTHORIZATION_SERVER", "HALO_TENANT", SECRET));
	}

	@ParameterizedTest(name = "resource {0}, authorization {1} -> names {2}")
	@CsvSource(delimiter = '|', value = {
			"ftp://acme.halopsa.com/api | https://acme.halopsa.com/auth/ | HALO_RESOURCE_SERVER | HALO_AUTHORIZATION_SERVER",
			"acme.halopsa.com/api | https://acme.halopsa.com/auth/ | HALO_RESOURCE_SERVER | HALO_AUTHORIZATION_SERVER",
			"https://acme.halopsa.com/api | acme.halopsa.com/auth | HALO_AUTHORIZATION_SERVER | HALO_RESOURCE_SERVER",
			"https://acme.halopsa.com/api | https://acme halopsa com/auth | HALO_AUTHORIZATION_SERVER | HALO_RESOURCE_SERVER",
			"https://acme.halopsa.com/api | file:///etc/halo | HALO_AUTHORIZATION_SERVER | HALO_RESOURCE_SERVER" })
	void urlThatIsNotHttpIsRejectedNamingItsVariable(String resource, String authorization, String named,
			String notNamed) {
		HaloProperties properties = properties("bridge", SECRET, resource, authorization, "acme");
		assertThatIllegalStateException().isThrownBy(() -> PropertiesConnectionSource.validate(properties))
			.withMessageContaining("must be an http(s) URL")
			.withMessageContaining(named)
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(notNamed, SECRET));
	}

	@Test
	void propertiesNeverPrintTheSecret() {
		HaloProperties properties = properties("bridge", SECRET, "https://acme.halopsa.com/api",
				"https://acme.halopsa.com/auth/", "acme");
		assertThat(properties.toString()).doesNotContain(SECRET).contains("clientSecret=<secret>");
	}

	@Test
	void validSettingsGiveAConnectionWithItsTokenUri() {
		HaloConnection connection = PropertiesConnectionSource.validate(properties(" bridge ", " " + SECRET + " ",
				" https://acme.halopsa.com/api ", "https://acme.halopsa.com/auth/", " acme "));
		assertThat(connection.clientId()).isEqualTo("bridge");
		assertThat(connection.clientSecret().matches(SECRET)).isTrue();
		assertThat(connection.resourceServer()).isEqualTo(URI.create("https://acme.halopsa.com/api"));
		assertThat(connection.tenant()).isEqualTo("acme");
		assertThat(connection.scope()).isEqualTo("all");
		assertThat(connection.tokenUri()).isEqualTo(URI.create("https://acme.halopsa.com/auth/token?tenant=acme"));
		assertThat(connection.toString()).doesNotContain(SECRET);
	}

	@ParameterizedTest(name = "tenant \"{0}\" means none")
	@NullSource
	@ValueSource(strings = { "", "   ", "Not set", "NOT SET", "not set", " Not set " })
	void onPremisesTenantBlankOrNotSetGivesATokenUriWithoutTenant(@Nullable String tenant) {
		HaloConnection connection = PropertiesConnectionSource.validate(properties("bridge", SECRET,
				"https://support.example.com/api", "https://support.example.com/auth", tenant));
		assertThat(connection.tenant()).isEmpty();
		assertThat(connection.tokenUri()).isEqualTo(URI.create("https://support.example.com/auth/token"));
	}

	private static HaloProperties properties(@Nullable String clientId, @Nullable String clientSecret,
			@Nullable String resourceServer, @Nullable String authorizationServer, @Nullable String tenant) {
		return new HaloProperties(clientId, clientSecret, resourceServer, authorizationServer, tenant, "all",
				Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(60),
				new HaloProperties.Budget(300, Duration.ofMinutes(5), 15, 30, Duration.ofSeconds(60)));
	}

}
