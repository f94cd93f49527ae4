// The phone's own storage for working without the venue's internet: the queue of changes not yet
// acknowledged by the server, and the last known state of each sub-table the phone opened.

const NAME = "minga-offline";
const VERSION = 1;
export const CHANGES = "changes";
export const SUBTABLES = "subtables";

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(NAME, VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      const changes = db.createObjectStore(CHANGES, { keyPath: "change.changeId" });
      changes.createIndex("bySubtable", "subtableId");
      const subtables = db.createObjectStore(SUBTABLES, { keyPath: "subtableId" });
      subtables.createIndex("byCode", "code");
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opening = null;
      reject(request.error);
    };
  });
  return opening;
}

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/** Runs one request in its own transaction; transactions on a store run in the order they were created. */
async function run<T>(
  store: string,
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  const tx = db.transaction(store, mode);
  const committed = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  const [result] = await Promise.all([done(work(tx.objectStore(store))), committed]);
  return result;
}

export const idbGet = <T>(store: string, key: IDBValidKey) =>
  run<T | undefined>(store, "readonly", (s) => s.get(key));
export const idbPut = (store: string, value: unknown) => run(store, "readwrite", (s) => s.put(value));
export const idbDelete = (store: string, key: IDBValidKey) => run(store, "readwrite", (s) => s.delete(key));
export const idbByIndex = <T>(store: string, index: string, key: IDBValidKey) =>
  run<T[]>(store, "readonly", (s) => s.index(index).getAll(key));
