/** Tells the `client:interaction` directive that the island has hydrated, so a held click can be replayed. */
import { useEffect, type RefObject } from "react";
import { ISLAND_READY } from "./interaction-directive";

export function useIslandReady(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    ref.current?.dispatchEvent(new CustomEvent(ISLAND_READY, { bubbles: true }));
  }, [ref]);
}
