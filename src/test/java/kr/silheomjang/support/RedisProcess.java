package kr.silheomjang.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A private {@code redis-server} (/usr/bin/redis-server) on a free port, for tests that take Redis away and bring it
 * back: {@link #freeze()} stops the process without closing its connections (a hung server: commands wait),
 * {@link #kill()} ends it (connections reset), {@link #start()} starts it again on the same port. It keeps nothing
 * on disk, like the machine's Redis.
 */
public final class RedisProcess implements AutoCloseable {

    private final int port;
    private final Path dir;
    private Process process;

    private RedisProcess(int port, Path dir) {
        this.port = port;
        this.dir = dir;
    }

    /** Starts a new server on a free port and waits until it answers. */
    public static RedisProcess startOnFreePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            RedisProcess redis = new RedisProcess(probe.getLocalPort(), Files.createTempDirectory("redis-test"));
            probe.close();
            redis.start();
            return redis;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start redis-server", e);
        }
    }

    public int port() {
        return port;
    }

    /** Starts the server (again) on its port and waits until it answers PING. */
    public synchronized void start() {
        try {
            process = new ProcessBuilder("/usr/bin/redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no", "--dir", dir.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("redis.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("/usr/bin/redis-server did not start", e);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!answers()) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new IllegalStateException("redis-server on port " + port + " did not answer; see " + dir);
            }
            sleep(20);
        }
    }

    /** SIGSTOP: the server hangs with its connections open, as a frozen host would. */
    public synchronized void freeze() {
        signal("-STOP");
    }

    /** SIGKILL: the server is gone and its connections are reset. */
    public synchronized void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        kill();
    }

    private void signal(String signal) {
        try {
            int exit = new ProcessBuilder("kill", signal, String.valueOf(process.pid())).start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill " + signal + " failed with " + exit);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean answers() {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(500);
            OutputStream out = s.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[7];
            int n = in.read(buf);
            return n > 0 && new String(buf, 0, n, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
