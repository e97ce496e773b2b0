/** The Content Security Policy in every built page: first in <head>, strict. (The browser tests check it is enforced.) */
import { NodeType } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist.ts';

const pages = builtPages();

describe('the policy in every page', () => {
  it.each([...pages.keys()])('%s carries it first in <head>, strict', (path) => {
    const head = pages.get(path)!.querySelector('head')!;
    const [charset, policy] = head.childNodes.filter(
      (n) => n.nodeType === NodeType.ELEMENT_NODE,
    ) as unknown as {
      getAttribute: (name: string) => string | undefined;
    }[];
    expect(charset!.getAttribute('charset')).toBe('utf-8');
    expect(policy!.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    const content = policy!.getAttribute('content')!;
    expect(content).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(content).not.toMatch(/'unsafe-eval'|'unsafe-inline'|https?:|\*/);
    expect(content).toContain("object-src 'none'");
  });
});
