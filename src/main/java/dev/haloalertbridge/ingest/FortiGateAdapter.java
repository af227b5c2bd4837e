package dev.haloalertbridge.ingest;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import dev.haloalertbridge.alert.Alert;

import org.springframework.stereotype.Component;

/**
 * FortiGate's automation-stitch webhook. FortiOS lets the admin write the body, so this
 * reads it through a {@link TemplateMapping}: the defaults match the template in
 * {@code docs/webhooks.md}, and a source's options can point anywhere else.
 * <p>
 * The default fingerprint is {@code devid}, {@code vd} and {@code logid} plus the keys
 * that tell one problem of that log from another: the attack and both addresses for IPS,
 * the tunnel for VPN, the user and source for logins. {@code action} is never in it, so
 * an IPsec {@code tunnel-up} resolves the ticket its {@code tunnel-down} opened, and
 * neither is {@code eventtime}, which changes with every log.
 */
@Component
class FortiGateAdapter implements AlertAdapter {

	private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);

	private static final Map<String, String> DEFAULTS = Map.of("customer", "/customer", "device", "/devid", "severity",
			"/severity,/level", "title", "/logdesc,/msg,/attack", "description", "/msg", "state", "/action",
			"resolved-values", "tunnel-up");

	@Override
	public String vendor() {
		return "fortigate";
	}

	@Override
	public List<Alert> parse(SourceSettings source, JsonNode body, Instant receivedAt) {
		if (!body.isObject()) {
			throw new InvalidPayloadException("a FortiGate body is a JSON object");
		}
		Map<String, String> defaults = new HashMap<>(DEFAULTS);
		if (source.option("fingerprint").isEmpty()) {
			defaults.put("fingerprint", defaultFingerprint(body));
		}
		TemplateMapping mapping = TemplateMapping.of(source, "FortiGate", defaults);
		return List.of(mapping.read(body, eventTime(body).orElse(receivedAt), receivedAt));
	}

	/**
	 * The stable keys of the kind of log the body carries, told apart by which of its
	 * distinguishing fields is present.
	 */
	private static String defaultFingerprint(JsonNode body) {
		String common = "/devid,/vd,/logid";
		if (!JsonFields.scalar(body, "attackid").isEmpty()) {
			return common + ",/attackid,/srcip,/dstip";
		}
		if (!JsonFields.scalar(body, "vpntunnel").isEmpty()) {
			return common + ",/vpntunnel";
		}
		if (!JsonFields.scalar(body, "user").isEmpty()) {
			return common + ",/user,/srcip";
		}
		return common;
	}

	/**
	 * {@code eventtime} is a 19-digit nanosecond count in FortiOS 7 (seconds, milli- or
	 * microseconds in older releases), too large for a double, so it is read as a
	 * {@link BigInteger}. A value that is not a plausible time is ignored: the start time
	 * is informative, and a template without it is still a good alert.
	 */
	private static Optional<Instant> eventTime(JsonNode body) {
		JsonNode node = body.path("eventtime");
		String text = (node.isString() || node.isIntegralNumber()) ? JsonFields.scalar(body, "eventtime") : "";
		if (!text.matches("[0-9]{9,20}")) {
			return Optional.empty();
		}
		BigInteger value = new BigInteger(text);
		BigInteger nanos = switch (text.length()) {
			case 9, 10, 11 -> value.multiply(BILLION);
			case 12, 13, 14 -> value.multiply(BigInteger.valueOf(1_000_000L));
			case 15, 16, 17 -> value.multiply(BigInteger.valueOf(1_000L));
			default -> value;
		};
		BigInteger[] parts = nanos.divideAndRemainder(BILLION);
		try {
			return Optional.of(Instant.ofEpochSecond(parts[0].longValueExact(), parts[1].longValue()));
		}
		catch (DateTimeException | ArithmeticException ex) {
			return Optional.empty();
		}
	}

}
