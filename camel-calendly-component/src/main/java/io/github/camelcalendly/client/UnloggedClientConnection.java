package io.github.camelcalendly.client;

import java.io.IOException;
import java.net.Socket;

import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.util.Timeout;

/**
 * An HTTP/1.1 connection of the component's own pool that writes nothing of what it sends or receives to any log.
 * Apache HttpClient's own connections print every request header (the bearer token among them) to the
 * {@code org.apache.hc.client5.http.headers} logger and every byte (OAuth form bodies with refresh tokens and codes)
 * to {@code org.apache.hc.client5.http.wire} as soon as those loggers are at DEBUG; these connections do neither, so
 * turning on DEBUG logging cannot leak a credential. Everything else (pooling, keep-alive, TLS, proxies) is
 * HttpClient's.
 */
final class UnloggedClientConnection extends DefaultBHttpClientConnection implements ManagedHttpClientConnection {

    /** Makes the pool's connections. */
    static final HttpConnectionFactory<ManagedHttpClientConnection> FACTORY = socket -> {
        UnloggedClientConnection connection = new UnloggedClientConnection();
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    };

    /** The timeout of the connection while leased; while pooled it waits without one. */
    private volatile Timeout leasedTimeout = Timeout.ZERO_MILLISECONDS;

    private UnloggedClientConnection() {
        super(Http1Config.DEFAULT);
    }

    @Override
    public void bind(Socket socket) throws IOException {
        super.bind(socket);
        leasedTimeout = Timeout.ofMilliseconds(socket.getSoTimeout());
    }

    @Override
    public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
        super.bind(sslSocket, socket);
        leasedTimeout = Timeout.ofMilliseconds(sslSocket.getSoTimeout());
    }

    @Override
    public Socket getSocket() {
        SocketHolder holder = getSocketHolder();
        return holder == null ? null : holder.getSocket();
    }

    @Override
    public void setSocketTimeout(Timeout timeout) {
        super.setSocketTimeout(timeout);
        leasedTimeout = timeout;
    }

    @Override
    public void passivate() {
        super.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
    }

    @Override
    public void activate() {
        super.setSocketTimeout(leasedTimeout);
    }
}
