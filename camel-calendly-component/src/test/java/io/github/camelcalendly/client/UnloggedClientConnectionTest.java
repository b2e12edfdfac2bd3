package io.github.camelcalendly.client;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pool's connections keep the socket timeout they were leased with, wait without one while pooled, and take it
 * back when leased again.
 */
class UnloggedClientConnectionTest {

    @Test
    void aPooledConnectionWaitsWithoutTimeoutAndGetsItsLeasedTimeoutBack() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            socket.setSoTimeout(1234);
            ManagedHttpClientConnection connection = UnloggedClientConnection.FACTORY.createConnection(socket);

            connection.passivate();
            Timeout pooled = connection.getSocketTimeout();
            connection.activate();

            assertThat(connection.getSocket()).isSameAs(socket);
            assertThat(pooled).isEqualTo(Timeout.ZERO_MILLISECONDS);
            assertThat(connection.getSocketTimeout()).isEqualTo(Timeout.ofMilliseconds(1234));
            connection.close();
        }
    }

    @Test
    void aTimeoutSetWhileLeasedIsTheOneRestoredAfterThePool() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            ManagedHttpClientConnection connection = UnloggedClientConnection.FACTORY.createConnection(socket);
            connection.setSocketTimeout(Timeout.ofMilliseconds(750));

            connection.passivate();
            connection.activate();

            assertThat(connection.getSocketTimeout()).isEqualTo(Timeout.ofMilliseconds(750));
            connection.close();
        }
    }

    @Test
    void aConnectionNotBoundYetHasNoSocket() throws Exception {
        ManagedHttpClientConnection connection = UnloggedClientConnection.FACTORY.createConnection(null);

        assertThat(connection.getSocket()).isNull();
        assertThat(connection.isOpen()).isFalse();
    }
}
