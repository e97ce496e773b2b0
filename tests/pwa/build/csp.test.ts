import { describe, expect, it } from 'vitest';
import { applyCsp, buildPolicy, hashSource, inlineSources } from '../../../src/pwa/build/csp.ts';

const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<script>window.a = 1;</script>
<script type="module" src="/_astro/x.js"></script>
<script type="module">import('/y.js')</script>
<script type="application/ld+json">{"@context":"https://schema.org"}</script>
<script is:inline data-src="x" title="a src b">var s = '<div style="color:red">';</script>
<style>.a{color:red}</style>
</head><body><svg style="--sl-icon-size: 1em;"></svg>
<template id="t"><svg style='--size: 2px'></svg></template>
<div data-x="a > b" style="font-family: &quot;Noto&quot;, sans-serif"></div>
<pre>style="not an attribute"</pre>
</body></html>`;

describe('inlineSources', () => {
  const sources = inlineSources(PAGE);

  it('collects the text of every inline script that runs, not external or JSON ones', () => {
    expect(sources.scripts).toEqual([
      'window.a = 1;',
      "import('/y.js')",
      `var s = '<div style="color:red">';`,
    ]);
  });

  it('collects <style> bodies and decoded style attributes, also inside templates, not text that looks like one', () => {
    expect(sources.styles).toEqual(['.a{color:red}']);
    expect(sources.styleAttributes).toEqual([
      '--sl-icon-size: 1em;',
      '--size: 2px',
      'font-family: "Noto", sans-serif',
    ]);
  });

  it('reads CRLF line ends as the HTML parser does', () => {
    expect(inlineSources('<script>a;\r\nb;</script>').scripts).toEqual(['a;\nb;']);
  });
});

describe('attributes as the HTML parser reads them', () => {
  it('reads quoted, unquoted and bare attributes, the first of a repeated name, decoded', () => {
    const page = `<head><script type="module" SRC='/x.js' async></script><script data-n=3 type="other" type="application/json">a</script></head>
<body><p title="a &amp; b" style=color:red style="ignored"></p><i style='&quot;a&quot; &amp; &#39;b&#x27; &lt;c&gt;'></i></body>`;
    const sources = inlineSources(page);
    expect(sources.scripts).toEqual(['a']);
    expect(sources.styleAttributes).toEqual(['color:red', `"a" & 'b' <c>`]);
  });
});

describe('hashSource', () => {
  it('hashes the UTF-8 bytes with SHA-256, in CSP source syntax', () => {
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(hashSource('abc')).toBe("'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='");
  });
});

describe('buildPolicy', () => {
  const policy = buildPolicy(inlineSources(PAGE));
  const directive = (name: string) =>
    policy
      .split('; ')
      .find((d) => d.startsWith(`${name} `))
      ?.split(' ')
      .slice(1);

  it('allows only the site itself, the listed inline code, and nothing that evaluates strings', () => {
    expect(directive('default-src')).toEqual(["'self'"]);
    expect(directive('script-src')).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
      ...[`var s = '<div style="color:red">';`, "import('/y.js')", 'window.a = 1;'].map(hashSource).sort(),
    ]);
    expect(policy).not.toMatch(/'unsafe-eval'|'unsafe-inline'|\*|https?:/);
    for (const name of ['font-src', 'connect-src', 'worker-src', 'manifest-src', 'base-uri', 'form-action'])
      expect(directive(name), name).toEqual(["'self'"]);
    expect(directive('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directive('object-src')).toEqual(["'none'"]);
  });

  it('lists style hashes once each, with unsafe-hashes only when a style attribute needs it', () => {
    expect(directive('style-src')).toEqual([
      "'self'",
      "'unsafe-hashes'",
      ...['.a{color:red}', '--sl-icon-size: 1em;', '--size: 2px', 'font-family: "Noto", sans-serif']
        .map(hashSource)
        .sort(),
    ]);
    const twice = buildPolicy({ scripts: ['x', 'x'], styles: ['y'], styleAttributes: ['y'] });
    expect(twice).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hashSource('x')};`);
    expect(twice).toContain(`style-src 'self' 'unsafe-hashes' ${hashSource('y')};`);
    expect(buildPolicy({ scripts: [], styles: [], styleAttributes: [] })).toContain("style-src 'self';");
  });

  it('leaves out what a <meta> policy cannot carry', () => {
    expect(policy).not.toMatch(/frame-ancestors|report-uri|report-to|sandbox/);
  });
});

describe('applyCsp', () => {
  it('puts the policy right after <meta charset>, before any script', () => {
    const page = applyCsp(PAGE);
    const tag = `<meta http-equiv="Content-Security-Policy" content="${buildPolicy(inlineSources(PAGE))}">`;
    expect(page).toContain(`<head><meta charset="utf-8">${tag}<title>`);
    expect(page.replace(tag, '')).toBe(PAGE);
  });

  it('gives the same page when run twice', () => {
    expect(applyCsp(applyCsp(PAGE))).toBe(applyCsp(PAGE));
  });

  it('recomputes the policy when the page changed since', () => {
    const changed = applyCsp(PAGE).replace('window.a = 1;', 'window.a = 2;');
    const again = applyCsp(changed);
    expect(again).toContain(hashSource('window.a = 2;'));
    expect(again).not.toContain(hashSource('window.a = 1;'));
  });

  it('falls back to the start of <head>, and refuses a page without one', () => {
    expect(applyCsp('<html><head><title>x</title></head></html>')).toMatch(
      /^<html><head><meta http-equiv="Content-Security-Policy" content="[^"]+"><title>/,
    );
    expect(() => applyCsp('<p>fragment</p>')).toThrow(/no <head>/);
  });
});
