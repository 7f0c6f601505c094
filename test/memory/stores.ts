import { InMemoryStore, type BaseStore } from "@langchain/langgraph-checkpoint";

/** A store under test, created fresh per test and closed after it. */
export interface StoreFactory {
  name: string;
  create(): Promise<{ store: BaseStore; close(): Promise<void> }>;
}

/** Every store the memory layer must be correct on. */
export const STORE_FACTORIES: StoreFactory[] = [
  {
    name: "InMemoryStore",
    async create() {
      return { store: new InMemoryStore(), close: async () => undefined };
    },
  },
];
