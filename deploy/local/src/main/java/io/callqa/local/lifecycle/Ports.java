package io.callqa.local.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Port checks before anything starts, and free ports for a port given as {@code 0}. */
public final class Ports {

    private final List<ServerSocket> reserved = new ArrayList<>();

    /** {@code port} itself, or a free port not yet handed out by this instance when it is {@code 0}. */
    public int resolve(int port) {
        if (port != 0) {
            return port;
        }
        try {
            ServerSocket socket = new ServerSocket(0);
            reserved.add(socket); // held until release(), so the next call cannot get the same port
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    /** Frees the ports chosen by {@link #resolve(int)} for the servers that will use them. */
    public void release() {
        for (ServerSocket socket : reserved) {
            try {
                socket.close();
            } catch (IOException e) {
                // nothing to do: the port is free either way
            }
        }
        reserved.clear();
    }

    /** Fails with a message naming the port and the option to change it when something listens there. */
    public static void requireFree(int port, String user, String option) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " for " + user + " is in use; stop what listens there"
                    + " or choose another port with " + option);
        }
    }
}
