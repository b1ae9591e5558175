package org.duidu.search.solr;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.duidu.model.Publication;
import org.duidu.search.IndexedParagraph;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pushes a site's paragraphs to a Solr collection, incrementally: each interview's state document
 * holds a hash of what was pushed for it, so only new and changed interviews are sent and removed
 * ones deleted. Every request is retried; the changes become visible to searches in one commit at
 * the end (the configset opens no searcher before it), so searches see the old collection or the new
 * one. If a request still fails, nothing is committed and the failure says so; since an interview's
 * state document is written after its paragraphs, the next push repairs whatever was sent.
 */
public final class SolrPush implements Closeable {
    /** Bump when the documents change shape, so every interview is pushed again. */
    static final String FORMAT = "duidu-solr-1";
    private static final int BATCH_DOCUMENTS = 2000;
    private static final int DELETE_BATCH = 200;

    private final SolrTarget target;
    private final SolrClient client;
    private final int attempts;
    private final long retryMillis;

    private SolrPush(SolrTarget target, SolrClient client, int attempts, long retryMillis) {
        this.target = target;
        this.client = client;
        this.attempts = attempts;
        this.retryMillis = retryMillis;
    }

    /** Connects to the collection: each request is tried up to 4 times, 1, 2 and 4 s apart. */
    public static SolrPush open(SolrTarget target) {
        return new SolrPush(target, SolrClients.cloud(target), 4, 1000);
    }

    /**
     * What a push did.
     *
     * @param pushed     interviews sent (new or changed)
     * @param paragraphs paragraphs sent
     * @param unchanged  interviews already in the collection as they are
     * @param removed    interviews deleted (no longer in the site)
     * @param retries    requests that failed and were sent again
     * @param millis     wall time
     */
    public record Report(List<String> pushed, int paragraphs, int unchanged, List<String> removed, int retries, long millis) {
    }

    /** A push that did not complete: what was sent, and why it stopped. */
    public static final class PushFailure extends Exception {
        private static final long serialVersionUID = 1L;

        PushFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Makes the collection hold exactly these interviews' paragraphs. The interviews are read once,
     * in order, and sent in batches as they are read: only a batch is held, so {@code publications}
     * may be a list that makes each interview when it is asked for.
     *
     * @throws PushFailure when Solr fails a request after every retry: its message says what was sent
     *                     and that nothing was committed
     */
    public Report push(List<Publication> publications) throws PushFailure {
        long start = System.nanoTime();
        int[] retries = {0};
        Map<String, String> state = retried("read the collection's state", retries, this::readState);
        boolean empty = retried("count the collection's documents", retries, this::isEmpty);
        List<String> pushed = new ArrayList<>();
        Set<String> present = new HashSet<>();
        int unchanged = 0;
        int paragraphCount = 0;
        Batch batch = new Batch();
        try {
            for (Publication publication : publications) {
                List<IndexedParagraph> paragraphs = IndexedParagraph.of(publication);
                String hash = hash(paragraphs);
                String slug = publication.slug();
                present.add(slug);
                if (hash.equals(state.get(slug))) {
                    unchanged++;
                    continue;
                }
                pushed.add(slug);
                // its old documents go first (a paragraph may have gone; an interview without a state
                // document may have paragraphs from a push that failed)
                if (!empty) {
                    batch.deletions.add(slug);
                }
                for (IndexedParagraph p : paragraphs) {
                    batch.documents.add(document(p));
                }
                // after the paragraphs: a state document never claims paragraphs not sent
                batch.documents.add(stateDocument(slug, hash, paragraphs.size()));
                paragraphCount += paragraphs.size();
                if (batch.documents.size() >= BATCH_DOCUMENTS) {
                    batch.send(retries);
                }
            }
            List<String> removed = new ArrayList<>(new TreeSet<>(state.keySet()));
            removed.removeAll(present);
            batch.deletions.addAll(removed);
            batch.send(retries);
            if (batch.sentInterviews > 0 || batch.deleted) {
                UpdateRequest commit = new UpdateRequest();
                commit.setParam("commit", "true");
                commit.setParam("waitSearcher", "true");
                // merges away deleted documents, whose statistics would otherwise still count in BM25
                commit.setParam("expungeDeletes", String.valueOf(batch.deleted));
                retried("commit", retries, () -> commit.process(client, target.collection()));
            }
            return new Report(List.copyOf(pushed), paragraphCount, unchanged, List.copyOf(removed), retries[0],
                    (System.nanoTime() - start) / 1_000_000);
        } catch (PushFailure e) {
            throw new PushFailure(e.getMessage() + "; " + batch.sentInterviews + " changed interview(s) were sent but"
                    + " NOTHING WAS COMMITTED: searches still see the previous collection, which holds uncommitted"
                    + " partial changes until the next push, which repairs them (run it again)", e.getCause());
        }
    }

    /** Deletions and documents not yet sent; deletions go first. */
    private final class Batch {
        final List<String> deletions = new ArrayList<>();
        final List<SolrInputDocument> documents = new ArrayList<>();
        int sentInterviews;
        boolean deleted;

        void send(int[] retries) throws PushFailure {
            for (int i = 0; i < deletions.size(); i += DELETE_BATCH) {
                List<String> slugs = deletions.subList(i, Math.min(deletions.size(), i + DELETE_BATCH));
                UpdateRequest delete = new UpdateRequest();
                delete.setParam("interviews", String.join(",", slugs));
                delete.deleteByQuery("{!terms f=" + SolrFields.INTERVIEW + " v=$interviews}");
                retried("delete " + slugs.size() + " interview(s)", retries, () -> delete.process(client, target.collection()));
                deleted = true;
            }
            deletions.clear();
            if (!documents.isEmpty()) {
                UpdateRequest add = new UpdateRequest();
                add.add(documents);
                retried("send " + documents.size() + " document(s)", retries, () -> add.process(client, target.collection()));
                sentInterviews += (int) documents.stream().filter(d -> SolrFields.KIND_INTERVIEW.equals(d.getFieldValue(SolrFields.KIND))).count();
                documents.clear();
            }
        }
    }

    private boolean isEmpty() throws IOException, SolrServerException {
        SolrQuery query = new SolrQuery("*:*");
        query.setRows(0);
        return client.query(target.collection(), query).getResults().getNumFound() == 0;
    }

    /** The slug and hash of every interview in the collection. */
    private Map<String, String> readState() throws IOException, SolrServerException {
        Map<String, String> state = new HashMap<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            SolrQuery query = new SolrQuery("{!term f=" + SolrFields.KIND + "}" + SolrFields.KIND_INTERVIEW);
            query.setFields(SolrFields.INTERVIEW, SolrFields.HASH);
            query.setRows(10_000);
            query.set("sort", SolrFields.ID + " asc");
            query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse response = client.query(target.collection(), query);
            for (SolrDocument document : response.getResults()) {
                state.put((String) document.getFirstValue(SolrFields.INTERVIEW), (String) document.getFirstValue(SolrFields.HASH));
            }
            if (cursor.equals(response.getNextCursorMark())) {
                return state;
            }
            cursor = response.getNextCursorMark();
        }
    }

    private interface Call<T> {
        T run() throws IOException, SolrServerException;
    }

    private <T> T retried(String what, int[] retries, Call<T> call) throws PushFailure {
        long wait = retryMillis;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (IOException | SolrServerException | SolrException e) {
                if (attempt >= attempts || isPermanent(e)) {
                    throw new PushFailure("Solr at " + target.describe() + ": cannot " + what + " after " + attempt
                            + " attempt(s): " + SolrClients.reason(e), e);
                }
                retries[0]++;
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new PushFailure("interrupted while retrying to " + what, interrupted);
                }
                wait *= 2;
            }
        }
    }

    /** A 4xx answer (a missing collection, a schema that does not fit) will not go away by retrying. */
    private static boolean isPermanent(Exception e) {
        return e instanceof SolrException s && s.code() >= 400 && s.code() < 500;
    }

    static SolrInputDocument document(IndexedParagraph p) {
        SolrInputDocument document = new SolrInputDocument();
        document.setField(SolrFields.ID, SolrFields.paragraphId(p.interview(), p.paragraph()));
        document.setField(SolrFields.KIND, SolrFields.KIND_PARAGRAPH);
        for (String value : p.analyzed()) {
            document.addField(SolrFields.TEXT, value);
        }
        document.setField(SolrFields.INTERVIEW, p.interview());
        document.setField(SolrFields.FILE, p.file());
        document.setField(SolrFields.ROLE, p.role().id());
        document.setField(SolrFields.SECTION, p.section());
        document.setField(SolrFields.PARAGRAPH, p.paragraph());
        document.setField(SolrFields.ORDER_HASH, p.orderHash());
        document.setField(SolrFields.TEXT_HANS, p.hansText());
        document.setField(SolrFields.TEXT_HANT, p.hantText());
        document.setField(SolrFields.TEXT_SOURCE, p.sourceText());
        document.setField(SolrFields.TITLE_HANS, p.hansTitle());
        document.setField(SolrFields.TITLE_HANT, p.hantTitle());
        document.setField(SolrFields.SPEAKER_HANS, p.hansSpeaker());
        document.setField(SolrFields.SPEAKER_HANT, p.hantSpeaker());
        return document;
    }

    private static SolrInputDocument stateDocument(String slug, String hash, int paragraphs) {
        SolrInputDocument document = new SolrInputDocument();
        document.setField(SolrFields.ID, SolrFields.stateId(slug));
        document.setField(SolrFields.KIND, SolrFields.KIND_INTERVIEW);
        document.setField(SolrFields.INTERVIEW, slug);
        document.setField(SolrFields.HASH, hash);
        document.setField(SolrFields.PARAGRAPHS, paragraphs);
        return document;
    }

    /** A hash of everything pushed for an interview (and of the document format). */
    static String hash(List<IndexedParagraph> paragraphs) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            write(out, FORMAT);
            for (IndexedParagraph p : paragraphs) {
                out.writeInt(p.analyzed().size());
                for (String value : p.analyzed()) {
                    write(out, value);
                }
                for (String value : List.of(p.interview(), p.file(), p.role().id(), p.hansText(), p.hantText(), p.sourceText(),
                        p.hansTitle(), p.hantTitle(), p.hansSpeaker(), p.hantSpeaker())) {
                    write(out, value);
                }
                out.writeInt(p.section());
                out.writeInt(p.paragraph());
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    private static void write(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** Closes the connection. */
    @Override
    public void close() throws IOException {
        client.close();
    }
}
