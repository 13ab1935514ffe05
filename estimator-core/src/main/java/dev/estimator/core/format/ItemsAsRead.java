package dev.estimator.core.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.estimator.core.concurrent.Futures;
import dev.estimator.core.model.LineItem;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * For {@link BlockYamlReader}: each line item's mapping, decoded as soon as it is read, becomes a
 * node holding the {@link LineItem}, so the items of a large file are never all held as a tree
 * (about 2 KB each). An item with any problem stays a mapping, decoded later in file order as
 * every other part is, so that its findings are the same in every way.
 *
 * <p>For a large file the items are decoded on a second thread while the reader goes on (on two
 * cores, decoding 100,000 items took about a fifth of {@code validate}'s time on the reader's
 * thread). The reader then keeps a {@link Pending} in the item's place, which {@link #resolve}
 * turns into what decoding gave once {@link #close()} has waited for the decoder. The decoder's
 * findings are its own, so the outcome does not depend on the thread: an item decoded with a
 * finding is kept as its mapping either way.
 *
 * <p>Neither thread waits for the other while there is work: when the decoder falls behind (its
 * queue is full), the reader decodes that batch itself, and once the file is read it takes the
 * batches still queued, so that both threads finish the items together.
 */
final class ItemsAsRead implements UnaryOperator<JsonNode>, AutoCloseable {

    /** Items handed to the decoder at once: few enough that the mappings waiting stay small. */
    private static final int BATCH = 256;
    /** The end of the items, for the decoder thread. */
    private static final List<Pending> END = List.of();

    private final Fields.Decoding decoding;
    /** The texts the reader's thread found fine, when it decodes a batch itself: one thread per set. */
    private final Fields.Decoding readerDecoding;
    /** The decoder thread's queue of batches, or {@code null} to decode on the reader's thread. */
    private final BlockingQueue<List<Pending>> queue;
    /** The decoder thread, done once it has taken {@link #END}, or {@code null}. */
    private final CompletableFuture<Void> decoder;
    private List<Pending> batch = new ArrayList<>(BATCH);
    /** What stopped the decoder thread (an {@link Error} such as running out of memory), thrown by {@link #close()}. */
    private volatile Throwable failure;
    private boolean closed;

    private ItemsAsRead(Fields.Decoding decoding, boolean concurrent) {
        this.decoding = decoding;
        this.readerDecoding = concurrent ? new Fields.Decoding() : decoding;
        if (concurrent) {
            queue = new ArrayBlockingQueue<>(4);
            decoder = Futures.onOwnThread("estimator-item-decoder", this::decodeQueued);
        } else {
            queue = null;
            decoder = null;
        }
    }

    /** Items decoded on the reader's thread, one by one as they are read. */
    static ItemsAsRead inline(Fields.Decoding decoding) {
        return new ItemsAsRead(decoding, false);
    }

    /** Items decoded on a second thread while the reader goes on: {@link #close()} before using the tree. */
    static ItemsAsRead concurrent(Fields.Decoding decoding) {
        return new ItemsAsRead(decoding, true);
    }

    /** A line item handed to the decoder thread: its mapping until decoded, then what decoding gave. */
    static final class Pending {
        private JsonNode node;

        private Pending(JsonNode node) {
            this.node = node;
        }
    }

    /**
     * {@code element} of an items list as the decoder sees it: the node holding the decoded item,
     * or the mapping of an item that had a finding, in place of a {@link Pending}.
     */
    static JsonNode resolve(JsonNode element) {
        return element instanceof POJONode held && held.getPojo() instanceof Pending pending ? pending.node : element;
    }

    @Override
    public JsonNode apply(JsonNode node) {
        if (!node.isObject()) {
            return node;
        }
        if (queue == null) {
            return decode(node, decoding);
        }
        Pending pending = new Pending(node);
        batch.add(pending);
        if (batch.size() == BATCH) {
            handOver();
        }
        return TreeValues.NODES.pojoNode(pending);
    }

    /** The item of {@code node}, held in a node, or {@code node} itself when decoding it found a problem. */
    private static JsonNode decode(JsonNode node, Fields.Decoding shared) {
        Fields.Decoding own = shared.sharingTexts();
        Fields fields = new Fields(node, "", own);
        LineItem item = EstimateDecoder.item(fields);
        fields.done();
        return item != null && own.findings.isEmpty() ? TreeValues.NODES.pojoNode(item) : node;
    }

    private void handOver() {
        List<Pending> full = batch;
        batch = new ArrayList<>(BATCH);
        if (!queue.offer(full)) {
            decodeHere(full); // the decoder is behind: rather than wait, do its work
        }
    }

    /** Decodes {@code items} on the reader's thread, as the decoder thread would. */
    private void decodeHere(List<Pending> items) {
        if (decoder.isDone() && failure != null) {
            throw stopped();
        }
        for (Pending pending : items) {
            try {
                pending.node = decode(pending.node, readerDecoding);
            } catch (RuntimeException e) {
                // Left as its mapping: decoding it again in file order meets the same problem there.
            }
        }
    }

    private void put(List<Pending> items) {
        try {
            // Never waits for a decoder thread that has stopped.
            while (!queue.offer(items, 50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (decoder.isDone()) {
                    throw stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the file", e);
        }
    }

    /** What the decoder thread met: an {@link Error} (such as running out of memory) is thrown as it is. */
    private RuntimeException stopped() {
        if (failure instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("the item decoder stopped", failure);
    }

    /** The decoder thread's work; whatever stops it is kept in {@link #failure}, for {@link #close()}. */
    private Void decodeQueued() {
        try {
            while (true) {
                List<Pending> items = queue.take();
                if (items == END) {
                    return null;
                }
                if (failure != null) {
                    continue; // keep taking, so the reader never waits on a full queue
                }
                for (Pending pending : items) {
                    try {
                        pending.node = decode(pending.node, decoding);
                    } catch (RuntimeException e) {
                        // Left as its mapping: decoding it again in file order meets the same problem there.
                    } catch (Throwable e) {
                        failure = e;
                        break;
                    }
                }
            }
        } catch (InterruptedException | RuntimeException | Error e) {
            failure = e;
        }
        return null;
    }

    /**
     * Waits until every item handed over is decoded (the decoder's findings-free results are then
     * visible to this thread). Rethrows an {@link Error} the decoder thread met.
     */
    @Override
    public void close() {
        if (queue == null || closed) {
            return;
        }
        closed = true;
        if (!batch.isEmpty()) {
            decodeHere(batch);
        }
        // The file is read: share what is still queued with the decoder thread.
        for (List<Pending> queued; (queued = queue.poll()) != null; ) {
            if (queued != END) {
                decodeHere(queued);
            }
        }
        put(END);
        Futures.joined(decoder);
        if (failure != null) {
            throw stopped();
        }
    }
}
