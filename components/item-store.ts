/**
 * A zustand store that mirrors one stored item (`lib/storage/mirror.ts`): it reads the
 * item, follows its changes, and never writes storage itself (writes go through the
 * background's protocol). The UI paints from it at once, so pages open without waiting
 * for the network.
 */
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { readMirrored, watchMirrored, type MirroredItem } from '@/lib/storage/mirror';

export interface ItemState<T> {
  value: T;
  /** False until the first read from storage finished. */
  loaded: boolean;
}

type AnyItem = MirroredItem<unknown>;
let batch: { item: AnyItem; done: (value: unknown) => void }[] | null = null;

/**
 * Reads the items asked for in the same task with one `storage.local.get`: a page creates
 * its stores together when it loads, and one round trip to the browser paints it sooner
 * than one per item.
 */
function read<T>(item: MirroredItem<T>): Promise<T> {
  return new Promise((resolve) => {
    if (!batch) {
      batch = [];
      queueMicrotask(() => {
        const asked = batch!;
        batch = null;
        void readMirrored(asked.map((a) => a.item)).then((values) => {
          values.forEach((value, i) => asked[i]!.done(value));
        });
      });
    }
    batch.push({ item: item as AnyItem, done: resolve as (value: unknown) => void });
  });
}

export function createItemStore<T>(item: MirroredItem<T>): UseBoundStore<StoreApi<ItemState<T>>> {
  const store = create<ItemState<T>>(() => ({ value: item.fallback, loaded: false }));
  void read(item).then((value) => store.setState({ value, loaded: true }));
  watchMirrored(item, (value) => store.setState({ value, loaded: true }));
  return store;
}
