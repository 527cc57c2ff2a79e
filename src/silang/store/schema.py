"""The SQLite schema, as an ordered list of migrations.

``PRAGMA user_version`` records how many migrations a database has had; opening a store
applies the missing ones in order, each in its own transaction. Never edit a released
migration: append a new one.
"""

from __future__ import annotations

# The tables of ``NearDuplicateIndex`` (part of migration 2, and what an index without a
# store creates in memory). ``near_bands`` has no foreign key: a band row left behind by a
# deleted signature only adds a candidate, which the Jaccard check then drops, and leaving
# it spares a second index on ``signature_rowid``. ``near_banding`` holds the band ranges
# the rows were cut with; an index with other ranges rebuilds ``near_bands``.
NEAR_DUPLICATE_TABLES = """
    CREATE TABLE near_signatures (
        rowid INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        signature BLOB NOT NULL
    );
    CREATE TABLE near_bands (
        band_key INTEGER NOT NULL,
        signature_rowid INTEGER NOT NULL,
        PRIMARY KEY (band_key, signature_rowid)
    ) WITHOUT ROWID;
    CREATE TABLE near_banding (ranges TEXT NOT NULL);
"""


# The story index: what story clustering needs of stored articles, kept up to date by
# ``Corpus.update_stories`` and by the triggers below.
# * ``story_pending``: articles whose features are not indexed yet (new, or re-analysed).
# * ``story_features``: each indexed article's clustering features (JSON ``{feature:
#   count}``) and the band keys it was blocked on (JSON list), with the article's
#   ``published`` ('' for none) and rowid: the order in which clustering meets articles.
# * ``story_feature_counts``: in how many indexed articles each feature is (its document
#   frequency); kept by the code that inserts features and by a trigger when they go.
# * ``story_entity_kinds``: the type of each entity, as its first indexed mention gave it.
# * ``story_blocks``: for each band key, the most recent articles (by ``published``, then
#   rowid) that have it: the candidates a new article with that key is compared with.
STORY_INDEX_TABLES = """
    CREATE TABLE story_pending (
        article_id TEXT PRIMARY KEY REFERENCES articles(article_id) ON DELETE CASCADE
    ) WITHOUT ROWID;
    CREATE TABLE story_features (
        article_id TEXT PRIMARY KEY REFERENCES articles(article_id) ON DELETE CASCADE,
        article_rowid INTEGER NOT NULL,
        published TEXT NOT NULL,
        features TEXT NOT NULL,
        keys TEXT NOT NULL
    );
    CREATE TABLE story_feature_counts (
        feature TEXT PRIMARY KEY,
        articles INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE story_entity_kinds (
        entity_id TEXT PRIMARY KEY,
        kind TEXT
    ) WITHOUT ROWID;
    CREATE TABLE story_blocks (
        band_key INTEGER NOT NULL,
        published TEXT NOT NULL,
        article_rowid INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        PRIMARY KEY (band_key, published, article_rowid)
    ) WITHOUT ROWID;
    CREATE TRIGGER articles_story_pending_ai AFTER INSERT ON articles BEGIN
        INSERT OR IGNORE INTO story_pending VALUES (new.article_id);
    END;
    CREATE TRIGGER articles_story_pending_au AFTER UPDATE OF analysis_version ON articles BEGIN
        DELETE FROM story_features WHERE article_id = new.article_id;
        INSERT OR IGNORE INTO story_pending VALUES (new.article_id);
    END;
    CREATE TRIGGER story_features_ad AFTER DELETE ON story_features BEGIN
        UPDATE story_feature_counts SET articles = articles - 1
        WHERE feature IN (SELECT key FROM json_each(old.features));
        DELETE FROM story_blocks WHERE band_key IN (SELECT value FROM json_each(old.keys))
        AND published = old.published AND article_rowid = old.article_rowid;
    END;
"""


def _bump(story_id: str) -> str:
    """Statements that give story ``story_id`` the next revision number."""
    return (
        "UPDATE story_revision SET n = n + 1; "
        f"UPDATE stories SET revision = (SELECT n FROM story_revision) WHERE story_id = {story_id};"
    )


# A revision number for each story, so that what is built from a story (its fact sheet and
# page in ``silang serve``) is kept until that story changes, not until anything in the
# store does: an ingest beside the server commits every second, and most commits add
# articles that are in no story yet. ``story_revision.n`` counts every change to any story
# (a cheap stamp of all of them, e.g. for the stories list); each story's ``revision`` is
# the count at its latest change. Triggers, not the code that writes, keep them: every
# write path (a story's row, its members, its facts, a member re-analysed, an article
# deleted) is covered however it is reached. A change of an article in no story bumps
# nothing. ``INSERT OR REPLACE`` fires no delete trigger for the row it replaces, so
# ``save_stories`` deletes a moving article's old row itself.
STORY_REVISION_TRIGGERS = f"""
    CREATE TRIGGER stories_revision_ai AFTER INSERT ON stories BEGIN
        {_bump("new.story_id")}
    END;
    CREATE TRIGGER stories_revision_au
    AFTER UPDATE OF label, first_published, last_published, data ON stories BEGIN
        {_bump("new.story_id")}
    END;
    CREATE TRIGGER stories_revision_ad AFTER DELETE ON stories BEGIN
        UPDATE story_revision SET n = n + 1;
    END;
    CREATE TRIGGER story_articles_revision_ai AFTER INSERT ON story_articles BEGIN
        {_bump("new.story_id")}
    END;
    CREATE TRIGGER story_articles_revision_au AFTER UPDATE ON story_articles BEGIN
        {_bump("old.story_id")} {_bump("new.story_id")}
    END;
    CREATE TRIGGER story_articles_revision_ad AFTER DELETE ON story_articles BEGIN
        {_bump("old.story_id")}
    END;
    CREATE TRIGGER claim_groups_revision_ai AFTER INSERT ON claim_groups BEGIN
        {_bump("new.story_id")}
    END;
    CREATE TRIGGER claim_groups_revision_au AFTER UPDATE ON claim_groups BEGIN
        {_bump("old.story_id")} {_bump("new.story_id")}
    END;
    CREATE TRIGGER claim_groups_revision_ad AFTER DELETE ON claim_groups BEGIN
        {_bump("old.story_id")}
    END;
    CREATE TRIGGER articles_revision_au AFTER UPDATE ON articles
    WHEN EXISTS (SELECT 1 FROM story_articles WHERE article_id = new.article_id) BEGIN
        {_bump("(SELECT story_id FROM story_articles WHERE article_id = new.article_id)")}
    END;
"""

MIGRATIONS: list[str] = [
    # 1: articles with full-text search, claims, mentions, stories, groups.
    """
    CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL UNIQUE,
        doc TEXT NOT NULL UNIQUE,
        url TEXT,
        outlet TEXT,
        author TEXT,
        published TEXT,
        title TEXT,
        lang TEXT,
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        duplicate_of TEXT,
        source_path TEXT,
        meta TEXT NOT NULL DEFAULT '{}',
        minhash BLOB,
        analysis_version INTEGER NOT NULL DEFAULT 0,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX articles_hash ON articles(content_hash);
    CREATE INDEX articles_published ON articles(published);

    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;

    CREATE TABLE claims (
        claim_id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        type TEXT NOT NULL,
        subtype TEXT,
        actor_id TEXT,
        recipient_id TEXT,
        location_id TEXT,
        source_id TEXT,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX claims_article ON claims(article_id, seq);
    CREATE INDEX claims_type ON claims(type, subtype);

    CREATE TABLE annotations (
        article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        char_start INTEGER NOT NULL,
        char_end INTEGER NOT NULL,
        entity_id TEXT,
        label TEXT NOT NULL,
        data TEXT
    );
    CREATE INDEX annotations_article ON annotations(article_id);
    CREATE INDEX annotations_entity ON annotations(entity_id);

    CREATE TABLE entity_claims (
        entity_id TEXT NOT NULL,
        claim_id TEXT NOT NULL REFERENCES claims(claim_id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        PRIMARY KEY (entity_id, claim_id, role)
    );

    CREATE TABLE stories (
        story_id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        first_published TEXT,
        last_published TEXT,
        data TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE story_articles (
        story_id TEXT NOT NULL REFERENCES stories(story_id) ON DELETE CASCADE,
        article_id TEXT NOT NULL UNIQUE REFERENCES articles(article_id) ON DELETE CASCADE
    );
    CREATE INDEX story_articles_story ON story_articles(story_id);

    CREATE TABLE claim_groups (
        group_id TEXT PRIMARY KEY,
        story_id TEXT NOT NULL REFERENCES stories(story_id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        verdict TEXT NOT NULL,
        field TEXT,
        reason TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX claim_groups_story ON claim_groups(story_id);
    """,
    # 2: the near-duplicate index kept on disk (it was rebuilt in memory on every start and
    # took ~4.5 KB an article): signatures move out of ``articles`` into their own table.
    f"""
    {NEAR_DUPLICATE_TABLES}
    INSERT INTO near_signatures (key, signature)
        SELECT article_id, minhash FROM articles
        WHERE minhash IS NOT NULL AND duplicate_of IS NULL ORDER BY rowid;
    ALTER TABLE articles DROP COLUMN minhash;
    CREATE TRIGGER articles_near_ad AFTER DELETE ON articles BEGIN
        DELETE FROM near_signatures WHERE key = old.article_id;
    END;
    """,
    # 3: watching sources (``silang watch``, ``silang ingest URL``) and the change log.
    # ``fetch_sources`` holds each feed's, sitemap's or site's HTTP state (validators for
    # conditional GET, failures); ``fetch_pages`` each article URL found, from "pending"
    # (found, not yet stored) to "stored", "failed" or "skipped", so that a run killed
    # mid-cycle resumes with the pending ones and never fetches a stored one again.
    # ``changes`` is the log of what each update of stories changed; ``webhook_cursors``
    # the last change each webhook received.
    """
    CREATE INDEX articles_url ON articles(url);
    CREATE TABLE fetch_sources (
        url TEXT PRIMARY KEY,
        kind TEXT,
        found_url TEXT,
        etag TEXT,
        last_modified TEXT,
        last_fetched_at TEXT,
        last_ok_at TEXT,
        last_status INTEGER,
        last_error TEXT,
        failures INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE fetch_pages (
        url TEXT PRIMARY KEY,
        source_url TEXT,
        state TEXT NOT NULL,
        found_at TEXT NOT NULL,
        fetched_at TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        status INTEGER,
        article_id TEXT,
        error TEXT,
        entry TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX fetch_pages_state ON fetch_pages(state, found_at);
    CREATE INDEX fetch_pages_article ON fetch_pages(article_id);
    CREATE TABLE watch_cycles (
        cycle INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        summary TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        cycle INTEGER,
        kind TEXT NOT NULL,
        story_id TEXT NOT NULL,
        group_id TEXT,
        summary TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX changes_story ON changes(story_id, seq);
    CREATE INDEX changes_kind ON changes(kind, seq);
    CREATE INDEX changes_at ON changes(at, seq);
    CREATE TABLE webhook_cursors (
        url TEXT PRIMARY KEY,
        delivered_seq INTEGER NOT NULL DEFAULT 0,
        failures INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        last_try_at TEXT
    );
    """,
    # 4: story revisions (see STORY_REVISION_TRIGGERS).
    f"""
    ALTER TABLE stories ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE story_revision (n INTEGER NOT NULL);
    INSERT INTO story_revision VALUES (0);
    {STORY_REVISION_TRIGGERS}
    """,
    # 5: the story index (``story_index.py``), so that new articles join stories without
    # reading the corpus. Every article is queued in ``story_pending`` when it is stored or
    # re-analysed; existing articles are queued here, and the next update of stories indexes
    # them (keeping their stories) and clusters the new ones.
    f"""
    {STORY_INDEX_TABLES}
    INSERT INTO story_pending SELECT article_id FROM articles;
    """,
    # 6: each claim group's fact family (``verdicts.fact_family``), so that an article
    # joining a story has only the families of its claims judged again. Groups stored
    # before have none: their story is judged whole the next time it changes.
    """
    ALTER TABLE claim_groups ADD COLUMN family TEXT;
    CREATE INDEX claim_groups_family ON claim_groups(story_id, family);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
