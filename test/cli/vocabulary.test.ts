import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueLanguages } from '../../src/screen/data.js';
import { cli, ROOT } from '../helpers.js';

// One vocabulary across commands: the same format names, one language list, --rules wherever
// a rule pack is named, examples and exit codes in every --help.

const FACTORY = join(ROOT, 'examples', 'demo-factory');
const ACCOUNT = join(ROOT, 'examples', 'accounts', 'bangkok-9000.yaml');
const AS_OF = ['--as-of', '2025-10-31'];
const tmp = () => mkdtempSync(join(tmpdir(), 'labour-check-vocabulary-'));
const oneLine = (r: { code: number | null; stderr: string }) => {
  expect(r.code).toBe(2);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  return r.stderr;
};

describe('format names', () => {
  it('check takes md for markdown, alone and in a list for --output-dir', () => {
    const md = cli(['check', FACTORY, ...AS_OF, '--format', 'md']);
    const markdown = cli(['check', FACTORY, ...AS_OF, '--format', 'markdown']);
    expect(md.code).toBe(1);
    expect(md.stdout).toBe(markdown.stdout);
    const dir = tmp();
    expect(cli(['check', FACTORY, ...AS_OF, '--format', 'json,md', '--output-dir', dir, '-q']).code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['report.json', 'report.md']);
  });

  it('screen takes markdown for md', () => {
    const md = cli(['screen', ACCOUNT, '--format', 'md']);
    const markdown = cli(['screen', ACCOUNT, '--format', 'markdown']);
    expect(md.code).toBe(1);
    expect(markdown.stdout).toBe(md.stdout);
  });
});

describe('languages', () => {
  const files = readdirSync(join(ROOT, 'rules', 'screen', 'lang'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''));

  it('are the message files of the catalogue, English first', () => {
    expect(catalogueLanguages().sort()).toEqual(files.sort());
    expect(catalogueLanguages()[0]).toBe('en');
    const dir = tmp();
    const lang = join(dir, 'screen', 'lang');
    mkdirSync(lang, { recursive: true });
    for (const c of ['th', 'my', 'en']) writeFileSync(join(lang, `${c}.yaml`), 'language: x\n');
    expect(catalogueLanguages(dir)).toEqual(['en', 'my', 'th']);
  });

  it('check, rules and screen offer the same list and refuse any other language in one line', () => {
    const list = catalogueLanguages().join(', ');
    for (const args of [['check'], ['screen'], ['rules', 'list'], ['rules', 'explain']]) {
      const help = cli([...args, '--help']).stdout.replace(/\s+/g, ' ');
      expect(help, args.join(' ')).toMatch(new RegExp(`--lang <\\w+> [^<]*?: ${list}`));
    }
    for (const args of [
      ['check', FACTORY, '--lang', 'xx'],
      ['screen', ACCOUNT, '--lang', 'xx'],
      ['screen', ACCOUNT, '--lang', '__proto__'],
      ['rules', 'list', '--lang', 'xx'],
    ]) {
      const lang = args.at(-1);
      expect(oneLine(cli(args)), args.join(' ')).toBe(
        `labour-check: --lang ${lang}: no "${lang}" wording in the message catalogue (languages: ${list})\n`,
      );
    }
  });

  // Two CLI processes per language, five languages: more than the default 30 s on a loaded machine.
  it('each language of the catalogue runs a check and a screen', { timeout: 180_000 }, () => {
    for (const lang of catalogueLanguages()) {
      expect(cli(['check', FACTORY, ...AS_OF, '--lang', lang, '-q']).code, lang).toBe(1);
      expect(cli(['screen', ACCOUNT, '--lang', lang]).code, lang).toBe(1);
    }
  });
});

describe('--rules', () => {
  it('rules test takes the pack as --rules, as check does, or as its argument', () => {
    const eti = join(ROOT, 'rules', 'eti-base-code');
    const byOption = cli(['rules', 'test', '--rules', eti]);
    expect(byOption.code).toBe(0);
    expect(byOption.stdout).toContain('eti-6-60-hours');
    expect(byOption.stdout).not.toContain('lpa-90-minimum-wage');
    expect(cli(['rules', 'test', eti]).stdout).toBe(byOption.stdout);
    expect(oneLine(cli(['rules', 'test', join(ROOT, 'rules', 'th-lpa'), '--rules', eti]))).toContain(
      'two rule packs given',
    );
  });
});

describe('--help', () => {
  const commands = [
    [],
    ['check'],
    ['validate'],
    ['map'],
    ['screen'],
    ['rules'],
    ['rules', 'list'],
    ['rules', 'explain'],
    ['rules', 'test'],
    ['wage'],
  ];
  it('of every command gives examples of it and its exit codes', () => {
    for (const c of commands) {
      const r = cli([...c, '--help']);
      const name = ['labour-check', ...c].join(' ');
      expect(r.code, name).toBe(0);
      const examples = r.stdout.slice(r.stdout.indexOf('Examples:'));
      expect(r.stdout, name).toContain('Examples:');
      expect(examples, name).toContain(`  ${name} `);
      expect(r.stdout, name).toMatch(/Exit codes: .*\b[02]\b/);
    }
  });
});

describe('check --format junit', () => {
  const failures = (xml: string) => Number(/<testsuites[^>]* failures="(\d+)"/.exec(xml)?.[1]);
  it('fails testcases only for findings at or above --fail-on: warnings pass (noted) under error', () => {
    const byError = cli(['check', FACTORY, ...AS_OF, '--format', 'junit']);
    const byWarning = cli(['check', FACTORY, ...AS_OF, '--format', 'junit', '--fail-on', 'warning']);
    const never = cli(['check', FACTORY, ...AS_OF, '--format', 'junit', '--fail-on', 'never']);
    // The demo has two equal-pay warnings (s.53), for E002 and E006.
    expect(failures(byWarning.stdout) - failures(byError.stdout)).toBe(2);
    expect(byError.stdout).toContain('below --fail-on error: [warning]');
    expect(byError.stdout).not.toMatch(/<failure [^>]*type="warning"/);
    expect(byWarning.stdout).toMatch(/<failure [^>]*type="warning"/);
    expect(failures(never.stdout)).toBe(0);
    expect(never.code).toBe(0);
  });
});

describe('check --output-dir', () => {
  it('says on stderr, in one line, which files it wrote; --quiet says nothing', () => {
    const dir = tmp();
    const r = cli(['check', FACTORY, ...AS_OF, '--format', 'json,sarif,github', '--output-dir', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`labour-check: wrote ${join(dir, 'report.json')}, ${join(dir, 'report.sarif')}\n`);
    expect(cli(['check', FACTORY, ...AS_OF, '--format', 'json', '--output-dir', dir, '-q']).stderr).toBe('');
  });
});

describe('check --waivers', () => {
  it('a waiver for a rule the pack does not have is an error naming it', () => {
    const file = join(tmp(), 'waivers.yaml');
    const waivers = readFileSync(join(ROOT, 'examples', 'waivers.yaml'), 'utf8');
    writeFileSync(file, waivers.replace('rule: lpa-47-child-night-work', 'rule: lpa-47-child-nightwork'));
    const message = oneLine(cli(['check', FACTORY, ...AS_OF, '--waivers', file]));
    expect(message).toContain('lpa-47-child-nightwork');
    expect(message).toContain('W-2568-07');
    // The same waiver against a pack that has the rule is fine.
    expect(
      cli(['check', FACTORY, ...AS_OF, '--waivers', join(ROOT, 'examples', 'waivers.yaml'), '-q']).code,
    ).toBe(1);
  });
});
