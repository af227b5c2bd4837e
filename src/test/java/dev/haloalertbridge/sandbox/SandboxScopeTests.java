package dev.haloalertbridge.sandbox;

import java.time.Instant;
import java.util.Set;

import dev.haloalertbridge.sandbox.SandboxTokens.Issued;
import dev.haloalertbridge.sandbox.SandboxTokens.ScopeArea;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxScopeTests {

	@ParameterizedTest(name = "{0} on {1} (write={2}) -> {3}")
	@CsvSource({ "all, TICKETS, true, true", "all, CUSTOMERS, false, true", "read:tickets, TICKETS, false, true",
			"read:tickets, TICKETS, true, false", "edit:tickets, TICKETS, false, true",
			"edit:tickets, TICKETS, true, true", "edit:tickets, CUSTOMERS, false, false",
			"read:customers, TICKETS, true, false", "read:customers, CUSTOMERS, false, true",
			"admin, TICKETS, false, false", "admin, ANY, false, true", "read:customers, ANY, true, true" })
	void scopeTable(String scope, ScopeArea area, boolean write, boolean permitted) {
		Issued token = new Issued(Set.of(scope), Instant.MAX);
		assertThat(token.permits(area, write)).isEqualTo(permitted);
	}

}
