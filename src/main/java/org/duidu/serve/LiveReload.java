package org.duidu.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent events that tell open pages a rebuild finished ({@code reload}) or failed
 * ({@code failure}, with the message). Pages listen through {@code /__duidu/live.js}.
 */
final class LiveReload {
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();

    /** Keeps an {@code /__duidu/events} request open as an event stream. */
    void subscribe(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
        clients.add(body);
    }

    /** Tells every page to reload. */
    void reload() {
        send("reload", "");
    }

    /** Tells every page the last rebuild failed. */
    void failure(String message) {
        send("failure", message);
    }

    private void send(String event, String data) {
        StringBuilder frame = new StringBuilder("event: ").append(event).append('\n');
        for (String line : data.split("\n", -1)) {
            frame.append("data: ").append(line).append('\n');
        }
        frame.append('\n');
        byte[] bytes = frame.toString().getBytes(StandardCharsets.UTF_8);
        for (OutputStream client : clients) {
            try {
                client.write(bytes);
                client.flush();
            } catch (IOException e) {
                clients.remove(client); // the page went away
                try {
                    client.close();
                } catch (IOException ignored) {
                    // already closed by the peer
                }
            }
        }
    }

    void closeAll() {
        for (OutputStream client : clients) {
            try {
                client.close();
            } catch (IOException ignored) {
                // shutting down
            }
        }
        clients.clear();
    }
}
