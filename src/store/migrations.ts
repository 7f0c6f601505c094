/**
 * The store schema, as an ordered list of SQL scripts: a script's position is
 * its version, recorded in `store_migrations`. Append new scripts; never edit
 * a released one.
 *
 * Namespaces are stored as their labels joined by U+001F with a trailing
 * U+001F, so "every namespace under this prefix" is a range on the
 * (namespace, key) index that can only match whole labels.
 */
export const STORE_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE store_items (
    id INTEGER PRIMARY KEY,
    namespace TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    -- Unix milliseconds; NULL never expires.
    expires_at INTEGER,
    -- Minutes a read or a write extends the expiry by; NULL for no TTL.
    ttl_minutes REAL,
    UNIQUE (namespace, key)
  );
  CREATE INDEX store_items_expiry ON store_items (expires_at) WHERE expires_at IS NOT NULL;
  -- Search order: namespace, then creation. A filtered search walks this index and stops at its limit.
  CREATE INDEX store_items_order ON store_items (namespace, id);

  -- One row per namespace with items, kept by triggers, so listing namespaces never scans items.
  CREATE TABLE store_namespaces (namespace TEXT PRIMARY KEY, items INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TRIGGER store_items_added AFTER INSERT ON store_items BEGIN
    INSERT INTO store_namespaces (namespace, items) VALUES (new.namespace, 1)
      ON CONFLICT (namespace) DO UPDATE SET items = items + 1;
  END;
  CREATE TRIGGER store_items_removed AFTER DELETE ON store_items BEGIN
    UPDATE store_namespaces SET items = items - 1 WHERE namespace = old.namespace;
    DELETE FROM store_namespaces WHERE namespace = old.namespace AND items <= 0;
    DELETE FROM store_vectors WHERE item_id = old.id;
  END;

  -- Keyword index over the indexed text of each item; rowid = store_items.id. The scope column
  -- holds one token per prefix of the item's namespace, so a search under a prefix intersects
  -- with that token's short list before BM25 scores anything.
  CREATE VIRTUAL TABLE store_fts USING fts5 (text, scope, content = '', contentless_delete = 1, tokenize = 'porter unicode61');

  CREATE TABLE store_vectors (
    item_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (item_id, field)
  ) WITHOUT ROWID;
  `,
  // Version 1: the filter index. One row per short string or finite number of an item's value,
  // reached through object keys (see fields.ts), so an equality filter is an index lookup. The value
  // column has no type, so numbers and text never compare equal. Rows of items written before this
  // version are added by SqliteStore when store_fields_backfill has a row.
  `
  CREATE TABLE store_fields (
    path TEXT NOT NULL,
    value NOT NULL,
    namespace TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    PRIMARY KEY (path, value, namespace, item_id)
  ) WITHOUT ROWID;
  CREATE TABLE store_fields_backfill (pending INTEGER NOT NULL);
  INSERT INTO store_fields_backfill (pending) SELECT 1 WHERE EXISTS (SELECT 1 FROM store_items);
  `,
  // Version 2: the indexes the file keeps (see settings.ts), settled by the first store that sets it up.
  // A file that already holds items has kept both.
  `
  CREATE TABLE store_settings (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
  INSERT INTO store_settings (name, value)
    SELECT name, 1 FROM (SELECT 'keyword_index' AS name UNION ALL SELECT 'filter_index') WHERE EXISTS (SELECT 1 FROM store_items);
  `,
];
