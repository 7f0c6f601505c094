/**
 * The checkpoint schema, as an ordered list of SQL scripts: a script's
 * position is its version, recorded in `checkpoint_migrations`. Append new
 * scripts; never edit a released one.
 *
 * Channel values live in `checkpoint_blobs`, once per (thread, namespace,
 * channel, version), so a step that changes one channel writes one blob and a
 * long thread does not rewrite its whole state at every checkpoint. The table
 * for checkpoint rows is not called `checkpoints`, so that this saver can share
 * a file with the official SQLite saver's tables without a clash.
 */
export const CHECKPOINT_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE checkpoint_entries (
    thread_id TEXT NOT NULL,
    checkpoint_ns TEXT NOT NULL DEFAULT '',
    checkpoint_id TEXT NOT NULL,
    parent_checkpoint_id TEXT,
    type TEXT NOT NULL,
    checkpoint BLOB NOT NULL,
    metadata BLOB NOT NULL,
    -- {channel: version} as text, so retention can find unreferenced blobs in SQL.
    channel_versions TEXT NOT NULL,
    PRIMARY KEY (thread_id, checkpoint_ns, checkpoint_id)
  ) WITHOUT ROWID;

  CREATE INDEX checkpoint_entries_by_id ON checkpoint_entries (checkpoint_id);

  CREATE TABLE checkpoint_blobs (
    thread_id TEXT NOT NULL,
    checkpoint_ns TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL,
    version TEXT NOT NULL,
    type TEXT NOT NULL,
    blob BLOB,
    PRIMARY KEY (thread_id, checkpoint_ns, channel, version)
  );

  CREATE TABLE checkpoint_writes (
    thread_id TEXT NOT NULL,
    checkpoint_ns TEXT NOT NULL DEFAULT '',
    checkpoint_id TEXT NOT NULL,
    task_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    channel TEXT NOT NULL,
    type TEXT NOT NULL,
    blob BLOB,
    task_path TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (thread_id, checkpoint_ns, checkpoint_id, task_id, idx)
  );
  `,
];
