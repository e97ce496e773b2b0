// Pagefind UI ships no type declarations; the search element only constructs it.
declare module '@pagefind/default-ui' {
  export class PagefindUI {
    constructor(options: Record<string, unknown>);
  }
}
