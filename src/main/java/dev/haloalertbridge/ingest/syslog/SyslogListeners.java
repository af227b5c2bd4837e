package dev.haloalertbridge.ingest.syslog;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import dev.haloalertbridge.ingest.Intake;
import io.netty.channel.ChannelOption;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.socket.DatagramPacket;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableChannel;
import reactor.netty.NettyInbound;
import reactor.netty.tcp.TcpServer;
import reactor.netty.udp.UdpServer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The UDP and TCP syslog listeners, bound when the application starts and closed first
 * when it stops, before the intake. Each message is handled in order per datagram stream
 * and per connection; a slow intake slows the TCP reads (the sender buffers), while UDP,
 * which cannot push back, relies on the socket's receive buffer.
 */
@Component
@ConditionalOnBooleanProperty("bridge.syslog.enabled")
class SyslogListeners implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(SyslogListeners.class);

	/** Absorbs bursts the handler has not read yet; the kernel may cap it lower. */
	private static final int UDP_RECEIVE_BUFFER = 4 * 1024 * 1024;

	private final SyslogProperties properties;

	private final SyslogReceiver receiver;

	private final int maxSize;

	private volatile @Nullable DisposableChannel udp;

	private volatile @Nullable DisposableChannel tcp;

	SyslogListeners(SyslogProperties properties, SyslogSources sources, Intake intake, SyslogMetrics metrics,
			Clock clock) {
		this.properties = properties;
		this.receiver = new SyslogReceiver(sources, intake, metrics, clock);
		this.maxSize = (int) Math.min(properties.maxMessageSize().toBytes(), 1024 * 1024);
	}

	@Override
	public void start() {
		this.udp = UdpServer.create()
			.host(this.properties.bindAddress())
			.port(this.properties.udpPort())
			.option(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(this.maxSize + 1))
			.option(ChannelOption.SO_RCVBUF, UDP_RECEIVE_BUFFER)
			.handle((in, out) -> in.receiveObject().ofType(DatagramPacket.class).concatMap(this::datagram))
			.bindNow();
		this.tcp = TcpServer.create()
			.host(this.properties.bindAddress())
			.port(this.properties.tcpPort())
			.doOnConnection(
					(connection) -> connection.addHandlerLast("syslog-frames", new SyslogFrameDecoder(this.maxSize)))
			.handle((in, out) -> connection(in))
			.bindNow();
		logger.info("Syslog listening: udp={} tcp={} bind={}", udpPort(), tcpPort(), this.properties.bindAddress());
	}

	private Mono<Void> datagram(DatagramPacket packet) {
		InetAddress sender = packet.sender().getAddress();
		if (packet.content().readableBytes() > this.maxSize) {
			this.receiver.oversized(Transport.UDP, sender);
			return Mono.empty();
		}
		String text = packet.content().toString(StandardCharsets.UTF_8).stripTrailing();
		if (text.indexOf('\n') < 0) {
			return this.receiver.receive(Transport.UDP, sender, text);
		}
		List<String> messages = Arrays.stream(text.split("\n")).filter((message) -> !message.isBlank()).toList();
		return Flux.fromIterable(messages)
			.concatMap((message) -> this.receiver.receive(Transport.UDP, sender, message))
			.then();
	}

	private Mono<Void> connection(NettyInbound in) {
		InetAddress[] sender = new InetAddress[1];
		in.withConnection(
				(connection) -> sender[0] = ((InetSocketAddress) connection.channel().remoteAddress()).getAddress());
		return in.receiveObject().concatMap((frame) -> {
			if (frame instanceof String message) {
				return this.receiver.receive(Transport.TCP, sender[0], message);
			}
			this.receiver.oversized(Transport.TCP, sender[0]);
			return Mono.empty();
		}).then();
	}

	/**
	 * The UDP port bound, which differs from the configured one when that is 0.
	 * @return the port
	 */
	int udpPort() {
		return port(this.udp);
	}

	/**
	 * The TCP port bound, which differs from the configured one when that is 0.
	 * @return the port
	 */
	int tcpPort() {
		return port(this.tcp);
	}

	private static int port(@Nullable DisposableChannel channel) {
		if (channel == null) {
			throw new IllegalStateException("the syslog listeners are not running");
		}
		return ((InetSocketAddress) channel.address()).getPort();
	}

	@Override
	public void stop() {
		DisposableChannel udp = this.udp;
		DisposableChannel tcp = this.tcp;
		if (udp != null) {
			udp.disposeNow();
		}
		if (tcp != null) {
			tcp.disposeNow();
		}
		this.udp = null;
		this.tcp = null;
	}

	@Override
	public boolean isRunning() {
		return this.udp != null;
	}

}
