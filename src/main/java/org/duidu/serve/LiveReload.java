package org.duidu.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Server-sent events on {@code /__duidu/events}: each open page gets the {@link BuildState} when it
 * connects and after every build attempt, and reloads or shows the error overlay from it
 * ({@code /__duidu/live.js}). A stream holds no thread while idle; one thread writes the events, so a
 * stalled page delays the others by at most the idle timeout, never the build.
 */
final class LiveReload implements AutoCloseable {
    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "duidu-live");
        t.setDaemon(true);
        return t;
    });
    private volatile BuildState state;

    private record Client(Response response, Callback callback) {
    }

    /**
     * @param initial   the state before the first build
     * @param heartbeat how often idle streams get a comment line: under the idle timeout, so they stay
     *                  open, and dead ones are noticed
     */
    LiveReload(BuildState initial, java.time.Duration heartbeat) {
        this.state = initial;
        long ms = Math.max(100, heartbeat.toMillis());
        writer.scheduleWithFixedDelay(() -> broadcast(": ping\n\n"), ms, ms, TimeUnit.MILLISECONDS);
    }

    /** The state pages are told about. */
    BuildState state() {
        return state;
    }

    /** Keeps the request open as an event stream; the callback completes when the page goes away. */
    void subscribe(Response response, Callback callback) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Client client = new Client(response, callback);
        try {
            writer.execute(() -> {
                if (write(client, "retry: 500\n" + frame(state))) {
                    clients.add(client);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            callback.succeeded(); // shutting down
        }
    }

    /** Publishes a new state to every open page. */
    void publish(BuildState next) {
        state = next;
        try {
            writer.execute(() -> broadcast(frame(next)));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down: no page is listening any more
        }
    }

    private static String frame(BuildState s) {
        return "event: state\ndata: " + s.json() + "\n\n";
    }

    private void broadcast(String text) {
        for (Client client : clients) {
            if (!write(client, text)) {
                clients.remove(client);
            }
        }
    }

    /** A blocking write; false (and the stream ended) when the page went away. */
    private static boolean write(Client client, String text) {
        try {
            Content.Sink.write(client.response(), false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
            return true;
        } catch (IOException | RuntimeException e) {
            client.callback().failed(e);
            return false;
        }
    }

    @Override
    public void close() {
        writer.shutdownNow();
        for (Client client : clients) {
            client.callback().succeeded();
        }
        clients.clear();
    }
}
