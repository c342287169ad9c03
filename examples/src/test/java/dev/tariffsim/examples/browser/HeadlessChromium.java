package dev.tariffsim.examples.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol, with nothing but the JDK's HTTP client and
 * WebSocket: starts the browser on a free debugging port ({@code --remote-debugging-port=0}, the port read
 * from {@code DevToolsActivePort} in a fresh profile folder), attaches to its first page, sends commands and
 * records every event. {@link #close()} always ends the browser and its child processes.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new ArrayList<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket, Listener listener) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
        listener.owner = this;
    }

    /** The browser's executable: {@code $CHROMIUM} if set, else the first of the usual Debian paths. */
    static Optional<Path> find() {
        String env = System.getenv("CHROMIUM");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env)).filter(Files::isExecutable);
        }
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** Starts the browser with a fresh profile in {@code profile} and attaches to its blank page. */
    static HeadlessChromium start(Path executable, Path profile) throws IOException, InterruptedException {
        Files.createDirectories(profile);
        Process p = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--remote-debugging-port=0",
            "--user-data-dir=" + profile, "about:blank")
            .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException("chromium did not open its debugging port; log: "
                        + Files.readString(profile.resolve("chromium.log")));
                }
                Thread.sleep(50);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
            HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
            String wsUrl = null;
            while (wsUrl == null) {
                HttpResponse<String> list = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/json/list")).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
                for (JsonNode target : JSON.readTree(list.body())) {
                    if ("page".equals(target.path("type").asText())) {
                        wsUrl = target.get("webSocketDebuggerUrl").asText();
                    }
                }
                if (wsUrl == null && System.nanoTime() > deadline) {
                    throw new IOException("chromium has no page target: " + list.body());
                }
                Thread.sleep(wsUrl == null ? 50 : 0);
            }
            Listener listener = new Listener();
            WebSocket ws = http.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(URI.create(wsUrl), listener)
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return new HeadlessChromium(p, profile, ws, listener);
        } catch (IOException | InterruptedException | RuntimeException e) {
            kill(p);
            throw e;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            kill(p);
            throw new IOException("could not attach to chromium", e);
        }
    }

    /** Sends a command and waits for its result; a protocol error is an exception. */
    JsonNode send(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.path("result");
    }

    /** Evaluates a JavaScript expression in the page and returns its value (by value, so JSON-able). */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Waits until an event matching {@code test} has arrived (since the last {@link #clearEvents()}). */
    JsonNode await(Predicate<JsonNode> test) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        synchronized (events) {
            while (true) {
                for (JsonNode e : events) {
                    if (test.test(e)) {
                        return e;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("no such event within " + TIMEOUT + "; events: " + events);
                }
                events.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            }
        }
    }

    /** A copy of the events received so far. */
    List<JsonNode> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** Forgets the events received so far. */
    void clearEvents() {
        synchronized (events) {
            events.clear();
        }
    }

    private void received(JsonNode message) {
        if (message.has("id")) {
            CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
            if (reply != null) {
                reply.complete(message);
            }
        } else {
            synchronized (events) {
                events.add(message);
                events.notifyAll();
            }
        }
    }

    /** Ends the browser and its child processes, and deletes its profile folder. */
    @Override
    public void close() {
        try {
            socket.abort();
        } finally {
            kill(process);
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) {
        try (java.util.stream.Stream<Path> files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException e) {
            // best effort: a temporary folder left behind is harmless
        }
    }

    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Collects the frames of each text message and hands whole messages to the browser object. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private volatile HeadlessChromium owner;

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode message = JSON.readTree(text);
                    while (owner == null) {
                        Thread.onSpinWait();
                    }
                    owner.received(message);
                } catch (IOException e) {
                    throw new IllegalStateException("unreadable DevTools message: " + text, e);
                }
            }
            ws.request(1);
            return null;
        }
    }

    /** Base64 data of a protocol answer, decoded and written to {@code file}. */
    static void saveBase64(JsonNode data, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, java.util.Base64.getDecoder().decode(data.asText().getBytes(StandardCharsets.US_ASCII)));
    }
}
