import { describe, it, expect } from 'vitest';
import { SERVICES } from '../../extraction/data/services';
import { COMPANIES } from '../../extraction/data/companies';
import { SOURCES } from '../../extraction/data/sources';

/** Case-insensitive key of a name, with runs of white space folded. */
const key = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Latin letters, digits, punctuation, symbols and spaces only (other scripts live in the language files). */
const LATIN_ONLY = /^[\p{Script=Latin}\p{N}\p{P}\p{S}\p{Zs}]+$/u;

interface Named {
  name: string;
  aliases: string[];
  caseSensitiveAliases?: string[];
}

/** Every distinct key an entry can be found by: its name, aliases and case-sensitive aliases. */
function keysOf(entry: Named): Set<string> {
  return new Set([entry.name, ...entry.aliases, ...(entry.caseSensitiveAliases ?? [])].map(key));
}

/** Keys that belong to more than one entry, with the entries that claim them. */
function collisions(entries: Named[]): string[] {
  const owners = new Map<string, string[]>();
  for (const entry of entries) {
    for (const k of keysOf(entry)) owners.set(k, [...(owners.get(k) ?? []), entry.name]);
  }
  return [...owners].filter(([, names]) => names.length > 1).map(([k, names]) => `${k}: ${names.join(' / ')}`);
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

/** Shared shape checks for services, companies and sources. */
function checkNames(entries: Named[]): void {
  for (const entry of entries) {
    expect(entry.name, 'name').toBe(entry.name.trim());
    expect(entry.name, 'name').not.toBe('');
    expect(entry.name, entry.name).toMatch(LATIN_ONLY);
    for (const alias of entry.aliases) {
      expect(alias.trim(), `alias of ${entry.name}`).not.toBe('');
      expect(alias, `alias of ${entry.name}`).toBe(alias.trim());
      expect(alias, `alias of ${entry.name}`).toMatch(LATIN_ONLY);
      expect(key(alias), `alias of ${entry.name} repeats its name`).not.toBe(key(entry.name));
    }
    expect(duplicates(entry.aliases.map(key)), `aliases of ${entry.name}`).toEqual([]);
    for (const alias of entry.caseSensitiveAliases ?? []) {
      expect(alias.trim(), `case-sensitive alias of ${entry.name}`).not.toBe('');
      expect(alias, `case-sensitive alias of ${entry.name}`).toBe(alias.trim());
      expect(alias, `case-sensitive alias of ${entry.name}`).toMatch(LATIN_ONLY);
    }
    const cs = entry.caseSensitiveAliases ?? [];
    expect(duplicates(cs), `case-sensitive aliases of ${entry.name}`).toEqual([]);
    // A case-sensitive alias must not also be listed case-insensitively: that would defeat it.
    const insensitive = new Set(entry.aliases.map(key));
    expect(cs.filter((a) => insensitive.has(key(a))), `aliases of ${entry.name}`).toEqual([]);
  }
}

describe('SERVICES', () => {
  it('lists at least 150 services', () => {
    expect(SERVICES.length).toBeGreaterThanOrEqual(150);
  });

  it('has unique names', () => {
    expect(duplicates(SERVICES.map((s) => key(s.name)))).toEqual([]);
  });

  it('has well-formed, Latin-script names and aliases', () => {
    checkNames(SERVICES);
  });

  it('gives every name and alias to one service only (case-insensitive)', () => {
    expect(collisions(SERVICES)).toEqual([]);
  });

  it('names only companies listed in COMPANIES', () => {
    const known = new Set(COMPANIES.map((c) => c.name));
    const missing = SERVICES.filter((s) => s.company !== null && !known.has(s.company)).map(
      (s) => `${s.name} → ${s.company}`,
    );
    expect(missing).toEqual([]);
  });

  it('gives status pages as https URLs', () => {
    for (const s of SERVICES) {
      if (s.statusPage === undefined) continue;
      const url = new URL(s.statusPage);
      expect(url.protocol, s.name).toBe('https:');
    }
  });

  it('gives Downdetector pages as https://downdetector.com/status/<slug>/', () => {
    for (const s of SERVICES) {
      if (s.downdetector === undefined) continue;
      expect(new URL(s.downdetector).protocol, s.name).toBe('https:');
      expect(s.downdetector, s.name).toMatch(/^https:\/\/downdetector\.com\/status\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/);
    }
  });

  it('does not point two services at the same Downdetector page', () => {
    const pages = SERVICES.map((s) => s.downdetector).filter((u): u is string => u !== undefined);
    expect(duplicates(pages)).toEqual([]);
  });

  it('fills category with a known value', () => {
    const categories = new Set([
      'messaging', 'social', 'search', 'email', 'productivity', 'cloud', 'cdn', 'dns', 'hosting', 'developer',
      'payments', 'bank', 'ecommerce', 'streaming', 'music', 'gaming', 'telecom', 'isp', 'ai', 'video-calls', 'os',
      'security', 'airline', 'transport', 'government', 'exchange', 'other',
    ]);
    for (const s of SERVICES) expect(categories.has(s.category), s.name).toBe(true);
  });

  it('keeps X findable as "X" (case-sensitive) and as Twitter', () => {
    const x = SERVICES.find((s) => s.name === 'X');
    expect(x?.aliases).toContain('Twitter');
    expect(x?.caseSensitiveAliases).toContain('X');
  });
});

describe('COMPANIES', () => {
  it('has unique names', () => {
    expect(duplicates(COMPANIES.map((c) => key(c.name)))).toEqual([]);
  });

  it('has well-formed, Latin-script names and aliases', () => {
    checkNames(COMPANIES);
  });

  it('gives every name and alias to one company only (case-insensitive)', () => {
    expect(collisions(COMPANIES)).toEqual([]);
  });

  it('lists only companies that some service names', () => {
    const used = new Set(SERVICES.map((s) => s.company).filter((c): c is string => c !== null));
    expect(COMPANIES.filter((c) => !used.has(c.name)).map((c) => c.name)).toEqual([]);
  });
});

describe('SOURCES', () => {
  it('has unique names', () => {
    expect(duplicates(SOURCES.map((s) => key(s.name)))).toEqual([]);
  });

  it('has well-formed, Latin-script names and aliases', () => {
    checkNames(SOURCES);
  });

  it('gives every name and alias to one source only (case-insensitive)', () => {
    expect(collisions(SOURCES)).toEqual([]);
  });

  it('lists the main trackers and agencies', () => {
    const names = new Set(SOURCES.map((s) => s.name));
    for (const n of ['Downdetector', 'NetBlocks', 'Cloudflare Radar', 'AFP', 'Reuters', 'AP']) {
      expect(names.has(n), n).toBe(true);
    }
    expect(SOURCES.filter((s) => s.kind === 'tracker').length).toBeGreaterThanOrEqual(10);
    expect(SOURCES.filter((s) => s.kind === 'agency').length).toBeGreaterThanOrEqual(30);
  });
});
