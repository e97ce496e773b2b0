// Types for the two Starlight virtual modules that the Search override imports
// (Starlight generates them at build time and ships no declarations for them).
declare module 'virtual:starlight/project-context' {
  const project: {
    build: { format: 'file' | 'directory' | 'preserve' };
    root: URL;
    srcDir: URL;
    trailingSlash: 'always' | 'never' | 'ignore';
  };
  export default project;
}

declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>;
}
