import type { SqliteDatabase } from "../sqlite/database.js";
import { withBusyError } from "../sqlite/busy.js";
import { StoreOptionsError } from "./errors.js";

/**
 * The indexes a store file keeps. They are settled when a file is first set
 * up and kept in the file, so every process that opens it writes the same
 * index rows and no search misses an item another process wrote: an option
 * left out takes the file's setting, and one that contradicts it is refused.
 */
export interface StoreIndexSettings {
  /** The FTS5 keyword index that ranks a search's `query` without embeddings. */
  keywordIndex: boolean;
  /** The filter index that turns equality filters into index lookups. */
  filterIndex: boolean;
}

const SETTING_NAMES: Record<keyof StoreIndexSettings, string> = { keywordIndex: "keyword_index", filterIndex: "filter_index" };

/**
 * The file's index settings, recording the wanted ones (both on when not
 * given) if the file has none yet: in one IMMEDIATE transaction, so two
 * processes setting up one new file agree on whose settings it keeps.
 *
 * @throws StoreOptionsError when a wanted setting contradicts the file's.
 */
export function settleIndexSettings(db: SqliteDatabase, wanted: Partial<StoreIndexSettings>): StoreIndexSettings {
  const names = Object.keys(SETTING_NAMES) as (keyof StoreIndexSettings)[];
  const read = () =>
    new Map(
      (db.prepare("SELECT name, value FROM store_settings").all() as { name: string; value: number }[]).map(({ name, value }) => [name, value === 1]),
    );
  const settle = () => {
    const record = db.prepare("INSERT INTO store_settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING");
    for (const name of names) record.run(SETTING_NAMES[name], wanted[name] === false ? 0 : 1);
    return read();
  };
  const stored = db.readonly ? read() : withBusyError(db, () => db.transaction(settle).immediate());
  const setting = (name: keyof StoreIndexSettings) => stored.get(SETTING_NAMES[name]) ?? wanted[name] ?? true;
  const settings: StoreIndexSettings = { keywordIndex: setting("keywordIndex"), filterIndex: setting("filterIndex") };
  for (const name of names) {
    if (wanted[name] !== undefined && wanted[name] !== settings[name]) {
      throw new StoreOptionsError(
        `This store file was set up with ${name}: ${settings[name]}, and the options ask for ${name}: ${wanted[name]}. ` +
          `Indexes are a property of the file; leave ${name} out to take the file's setting, or use another file.`,
      );
    }
  }
  return settings;
}
