/**
 * A zustand store that mirrors one storage item: it loads the item, follows its `watch`,
 * and never writes storage itself (writes go through the background's protocol). The UI
 * paints from it at once, so pages open without waiting for the network.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { create, type StoreApi, type UseBoundStore } from 'zustand';

export interface ItemState<T> {
  value: T;
  /** False until the first read from storage finished. */
  loaded: boolean;
}

type AnyItem = WxtStorageItem<unknown, Record<string, unknown>>;
let batch: { item: AnyItem; done: (value: unknown) => void }[] | null = null;

/**
 * Reads the items asked for in the same task with one `storage.get`: a page creates its
 * stores together when it loads, and one round trip to the browser paints it sooner
 * than one per item.
 */
function read<T>(item: WxtStorageItem<T, Record<string, unknown>>): Promise<T> {
  return new Promise((resolve) => {
    if (!batch) {
      batch = [];
      queueMicrotask(() => {
        const asked = batch!;
        batch = null;
        void storage.getItems(asked.map((a) => a.item)).then((values) => {
          values.forEach(({ value }, i) => asked[i]!.done(value));
        });
      });
    }
    batch.push({ item: item as AnyItem, done: resolve as (value: unknown) => void });
  });
}

export function createItemStore<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
): UseBoundStore<StoreApi<ItemState<T>>> {
  const store = create<ItemState<T>>(() => ({ value: item.fallback, loaded: false }));
  void read(item).then((value) => store.setState({ value, loaded: true }));
  item.watch((value) => store.setState({ value: value ?? item.fallback, loaded: true }));
  return store;
}
