-- Machine translations already made: repeating a phrase costs one lookup instead of a model run.
-- The key is a sha256 over source and target language, the text and the identity of the models
-- on the route, so installing or replacing a model makes its old entries unreachable. The source
-- text itself is not stored; the translation is, so the retention clean-up should purge by created_at.
CREATE TABLE translation_cache (
    key TEXT PRIMARY KEY,
    source_language TEXT NOT NULL,
    target_language TEXT NOT NULL,
    via TEXT NOT NULL DEFAULT '',   -- pivot languages, comma-separated ('en' for de → en → ar)
    models TEXT NOT NULL,           -- identity of the models used (see translation/packages.py)
    translation TEXT NOT NULL,
    created_at TEXT NOT NULL        -- ISO 8601, UTC
) WITHOUT ROWID;
CREATE INDEX translation_cache_created ON translation_cache(created_at);
