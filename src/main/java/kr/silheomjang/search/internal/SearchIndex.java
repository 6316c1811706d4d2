package kr.silheomjang.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import kr.silheomjang.search.SearchKind;

/**
 * This node's Lucene index, in memory. Writes come from one thread (the {@link SearchIndexer}); searches run on any
 * thread against the last published snapshot, so a rebuild never shows a half-empty index.
 */
public final class SearchIndex implements AutoCloseable {

    static final String UID = "uid";
    static final String SLICE = "slice";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String EXPERIMENT = "exp";
    static final String GUESTS = "guests";
    static final String VIEWER = "viewer";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String LABEL = "label";
    static final String TARGET = "target";

    /** Who is asking: experiments with full view, experiments as a partner guest, and the proposal pool. */
    public record Access(Set<Long> full, Set<Long> guest, long userId, boolean pool) {
    }

    /** A stored hit, as indexed. */
    public record Found(SearchKind kind, long id, long experimentId, String title, String body, String label,
            long target) {
    }

    /** One kind's best hits and how many there are in all. */
    public record Page(List<Found> hits, int total) {
    }

    private final Analyzer analyzer = new BigramAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** What each slice holds, as read (used by the indexer's one thread only): a slice read unchanged is not written. */
    private final Map<String, Set<IndexedDoc>> held = new HashMap<>();

    public SearchIndex() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces what the index holds of one slice (not visible to searches until {@link #publish}); false, writing
     * nothing, when the slice reads as it is held. A card moved between columns changes none of what is indexed, and
     * writing and publishing its experiment's cards again took a tenth of the server's CPU per move on the machine's
     * two cores, beside the live updates (issue #21).
     */
    boolean replace(Slice slice, Collection<IndexedDoc> docs) {
        Set<IndexedDoc> now = Set.copyOf(docs);
        if (now.equals(held.get(slice.key()))) {
            return false;
        }
        try {
            writer.deleteDocuments(new Term(SLICE, slice.key()));
            for (IndexedDoc d : docs) {
                writer.addDocument(document(d));
            }
        } catch (IOException e) {
            held.remove(slice.key());
            throw new UncheckedIOException(e);
        }
        held.put(slice.key(), now);
        return true;
    }

    /** Drops everything of an experiment that no longer exists. */
    void dropExperiment(long experimentId) {
        held.keySet().removeIf(key -> key.startsWith(experimentId + ":"));
        try {
            writer.deleteDocuments(LongField.newExactQuery(EXPERIMENT, experimentId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the whole index (not visible to searches until {@link #publish}). */
    void replaceAll(Collection<IndexedDoc> docs) {
        held.clear();
        try {
            writer.deleteAll();
            for (IndexedDoc d : docs) {
                writer.addDocument(document(d));
                held.computeIfAbsent(new Slice(d.experimentId(), d.kind()).key(), k -> new HashSet<>()).add(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the writes so far visible to searches. */
    void publish() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many things the published index holds. */
    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    private static Document document(IndexedDoc d) {
        Document doc = new Document();
        doc.add(new StringField(UID, d.kind().name() + ":" + d.id(), Field.Store.NO));
        doc.add(new StringField(SLICE, new Slice(d.experimentId(), d.kind()).key(), Field.Store.NO));
        doc.add(new StringField(KIND, d.kind().name(), Field.Store.YES));
        doc.add(new StoredField(ID, d.id()));
        doc.add(new LongField(EXPERIMENT, d.experimentId(), Field.Store.YES));
        doc.add(new StringField(GUESTS, d.guestsSee() ? "yes" : "no", Field.Store.NO));
        for (Long viewer : d.viewers()) {
            doc.add(new LongPoint(VIEWER, viewer));
        }
        doc.add(new TextField(TITLE, d.title(), Field.Store.YES));
        doc.add(new TextField(BODY, d.body(), Field.Store.YES));
        doc.add(new StoredField(LABEL, d.label()));
        doc.add(new StoredField(TARGET, d.target()));
        return doc;
    }

    /**
     * The best {@code perKind} hits of each kind for all the words (each word must match, in the title or the body),
     * among what the access allows.
     */
    public Map<SearchKind, Page> search(List<String> words, Access access, int perKind) {
        Query text = text(words);
        Query allowed = allowed(access);
        Map<SearchKind, Page> out = new EnumMap<>(SearchKind.class);
        if (text == null || allowed == null) {
            return out;
        }
        return withSearcher(searcher -> {
            StoredFields stored = searcher.storedFields();
            for (SearchKind kind : SearchKind.values()) {
                Query q = new BooleanQuery.Builder().add(text, Occur.MUST).add(allowed, Occur.FILTER)
                        .add(new TermQuery(new Term(KIND, kind.name())), Occur.FILTER).build();
                TopDocs top = searcher.search(q, perKind);
                if (top.scoreDocs.length == 0) {
                    continue;
                }
                List<Found> hits = new ArrayList<>();
                for (ScoreDoc sd : top.scoreDocs) {
                    Document d = stored.document(sd.doc);
                    hits.add(new Found(kind, d.getField(ID).numericValue().longValue(),
                            d.getField(EXPERIMENT).numericValue().longValue(), d.get(TITLE), d.get(BODY),
                            d.get(LABEL), d.getField(TARGET).numericValue().longValue()));
                }
                out.put(kind, new Page(hits, (int) Math.min(Integer.MAX_VALUE, top.totalHits.value())));
            }
            return out;
        });
    }

    /** Each word must match; null when no word leaves a token (e.g. only punctuation). */
    Query text(List<String> words) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : words) {
            Query title = wordQuery(TITLE, word);
            Query body = wordQuery(BODY, word);
            if (title == null || body == null) {
                continue;
            }
            all.add(new BooleanQuery.Builder().add(new BoostQuery(title, 2f), Occur.SHOULD).add(body, Occur.SHOULD)
                    .build(), Occur.MUST);
            clauses++;
        }
        return clauses == 0 ? null : all.build();
    }

    private record Token(String term, int position, String type) {
    }

    /**
     * One word: its bigrams as a phrase (so "일일야학" needs the pairs in order); a lone CJK character as a prefix or
     * suffix of any pair (it has no pair of its own); a lone Latin word or number as a prefix ("plan" finds "planning").
     */
    private Query wordQuery(String field, String word) {
        List<Token> tokens = analyze(field, word);
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            Token t = tokens.get(0);
            if (t.type().equals("<SINGLE>") || t.type().equals("<HANGUL>") || t.type().equals("<IDEOGRAPHIC>")) {
                return new BooleanQuery.Builder()
                        .add(new PrefixQuery(new Term(field, t.term())), Occur.SHOULD)
                        .add(new WildcardQuery(new Term(field, "?" + t.term())), Occur.SHOULD).build();
            }
            if (t.type().equals("<DOUBLE>")) {
                return new TermQuery(new Term(field, t.term()));
            }
            return new PrefixQuery(new Term(field, t.term()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        tokens.forEach(t -> phrase.add(new Term(field, t.term()), t.position()));
        return phrase.build();
    }

    private List<Token> analyze(String field, String word) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                out.add(new Token(term.toString(), position, type.type()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Members see their experiments; partner guests only what guests see or they were invited to; the proposal pool
     * for accounts that may start experiments. Null when the caller may see nothing.
     */
    static Query allowed(Access access) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        if (!access.full().isEmpty()) {
            any.add(LongField.newSetQuery(EXPERIMENT, longs(access.full())), Occur.SHOULD);
            clauses++;
        }
        if (!access.guest().isEmpty()) {
            Query seen = new BooleanQuery.Builder().add(new TermQuery(new Term(GUESTS, "yes")), Occur.SHOULD)
                    .add(LongPoint.newExactQuery(VIEWER, access.userId()), Occur.SHOULD).build();
            any.add(new BooleanQuery.Builder().add(LongField.newSetQuery(EXPERIMENT, longs(access.guest())), Occur.MUST)
                    .add(seen, Occur.MUST).build(), Occur.SHOULD);
            clauses++;
        }
        if (access.pool()) {
            any.add(new TermQuery(new Term(KIND, SearchKind.PROPOSAL.name())), Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : any.build();
    }

    private static long[] longs(Set<Long> ids) {
        // Experiment ids start at 1: 0 (proposals) is never in a member's set.
        return ids.stream().mapToLong(Long::longValue).filter(id -> id > 0).toArray();
    }

    private interface Read<T> {
        T read(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(Read<T> read) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.read(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Query nothing() {
        return new MatchNoDocsQuery();
    }
}
