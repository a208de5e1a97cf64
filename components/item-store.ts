/**
 * A zustand store that mirrors one storage item: it loads the item, follows its `watch`,
 * and never writes storage itself (writes go through the background's protocol). The UI
 * paints from it at once, so pages open without waiting for the network.
 */
import type { WxtStorageItem } from 'wxt/utils/storage';
import { create, type StoreApi, type UseBoundStore } from 'zustand';

export interface ItemState<T> {
  value: T;
  /** False until the first read from storage finished. */
  loaded: boolean;
}

export function createItemStore<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
): UseBoundStore<StoreApi<ItemState<T>>> {
  const store = create<ItemState<T>>(() => ({ value: item.fallback, loaded: false }));
  void item.getValue().then((value) => store.setState({ value, loaded: true }));
  item.watch((value) => store.setState({ value: value ?? item.fallback, loaded: true }));
  return store;
}
