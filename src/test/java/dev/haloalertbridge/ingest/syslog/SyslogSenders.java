package dev.haloalertbridge.ingest.syslog;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Sends syslog over real loopback sockets, from a chosen local address (Linux answers on
 * all of 127.0.0.0/8), as an appliance would.
 */
final class SyslogSenders {

	private SyslogSenders() {
	}

	static void udp(String from, int port, List<String> messages) {
		try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(from, 0))) {
			InetAddress to = InetAddress.getLoopbackAddress();
			for (String message : messages) {
				byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
				socket.send(new DatagramPacket(bytes, bytes.length, to, port));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void tcp(String from, int port, byte[] stream) {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(from, 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			OutputStream out = socket.getOutputStream();
			out.write(stream);
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] newlineFramed(List<String> messages) {
		StringBuilder stream = new StringBuilder();
		messages.forEach((message) -> stream.append(message).append('\n'));
		return stream.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] octetCounted(List<String> messages) {
		StringBuilder stream = new StringBuilder();
		messages.forEach((
				message) -> stream.append(message.getBytes(StandardCharsets.UTF_8).length).append(' ').append(message));
		return stream.toString().getBytes(StandardCharsets.UTF_8);
	}

}
