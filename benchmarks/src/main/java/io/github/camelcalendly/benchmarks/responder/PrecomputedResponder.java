package io.github.camelcalendly.benchmarks.responder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

/**
 * A local HTTP server that answers with bytes computed before the measurement, so that the server is never what a
 * benchmark measures. Each answer is chosen by a function of the request (method, path, query, headers), which must
 * only look up precomputed answers. It counts the requests it served, by status.
 */
public final class PrecomputedResponder implements AutoCloseable {

    /** One precomputed answer. */
    public record Answer(int status, Map<String, String> headers, Buffer body) {

        public Answer {
            Objects.requireNonNull(headers, "headers");
            Objects.requireNonNull(body, "body");
        }

        /** A JSON answer of {@code json}, encoded once. */
        public static Answer json(int status, String json) {
            return new Answer(status, Map.of("Content-Type", "application/json; charset=utf-8"), Buffer.buffer(json));
        }

        /** The same answer with one more header. */
        public Answer withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Answer(status, Map.copyOf(more), body);
        }
    }

    private final Vertx vertx;
    private final HttpServer server;
    private final Map<Integer, AtomicLong> served = new ConcurrentHashMap<>();

    private PrecomputedResponder(Vertx vertx, HttpServer server) {
        this.vertx = vertx;
        this.server = server;
    }

    /** Starts on a free loopback port, answering each request with {@code answers.apply(request)}. */
    public static PrecomputedResponder start(Function<HttpServerRequest, Answer> answers) throws Exception {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        PrecomputedResponder[] self = new PrecomputedResponder[1];
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            Answer answer = answers.apply(request);
            self[0].served.computeIfAbsent(answer.status(), s -> new AtomicLong()).incrementAndGet();
            request.response().setStatusCode(answer.status());
            answer.headers().forEach(request.response()::putHeader);
            request.response().end(answer.body());
        });
        server = server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        self[0] = new PrecomputedResponder(vertx, server);
        return self[0];
    }

    /** The base URL, e.g. {@code http://127.0.0.1:40123}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    /** How many requests were answered with {@code status} so far. */
    public long served(int status) {
        AtomicLong count = served.get(status);
        return count == null ? 0 : count.get();
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
