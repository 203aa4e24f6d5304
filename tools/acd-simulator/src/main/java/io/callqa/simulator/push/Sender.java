package io.callqa.simulator.push;

/** One kind of record on its way to its endpoint: the batch being filled, posted on {@link #flush()}. */
final class Sender {

    private final String path;
    private final String contentType;
    private final BatchBody body;
    private final IngestClient client;
    private final Pacer pacer;
    private final Tally tally;

    Sender(String path, String contentType, BatchBody body, IngestClient client, Pacer pacer, Tally tally) {
        this.path = path;
        this.contentType = contentType;
        this.body = body;
        this.client = client;
        this.pacer = pacer;
        this.tally = tally;
    }

    boolean fits(byte[] record) {
        return body.fits(record);
    }

    void add(byte[] record) {
        body.add(record);
    }

    boolean hasPending() {
        return !body.isEmpty();
    }

    void flush() throws IngestException, InterruptedException {
        if (body.isEmpty()) {
            return;
        }
        int records = body.size();
        byte[] bytes = body.take();
        pacer.await(records);
        tally.record(records, client.post(path, contentType, bytes, records));
    }
}
