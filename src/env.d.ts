declare module "astro" {
  interface AstroClientDirectives {
    /** Hydrate on the reader's first pointer, key or focus inside the island (src/client/interaction-directive.ts). */
    "client:interaction"?: boolean;
  }
}
export {};
