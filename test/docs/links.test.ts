import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { docPages } from './commands.js';

// The README and docs/ link only to files of the repository, and every link lands: the file
// exists and, for `#anchor`, the heading does.

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
    .replace(/ /g, '-');
}

const anchors = (file: string) =>
  new Set(
    readFileSync(file, 'utf8')
      .replace(/```[\s\S]*?```/g, '')
      .split('\n')
      .filter((l) => /^#{1,6} /.test(l))
      .map((l) => anchorOf(l.replace(/^#+ /, ''))),
  );

function links(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
}

describe('links in the README and docs/', () => {
  it('name GitHub anchors as GitHub makes them', () => {
    expect(anchorOf("Why the full check is 17x Miller's filter")).toBe(
      'why-the-full-check-is-17x-millers-filter',
    );
    expect(anchorOf('Waivers (`--waivers waivers.yaml`)')).toBe('waivers---waivers-waiversyaml');
  });

  for (const page of docPages(ROOT)) {
    const name = relative(ROOT, page);
    it(`${name}: every link is to a file of the repository that exists, at a heading that exists`, () => {
      const problems: string[] = [];
      for (const link of links(page)) {
        if (/^[a-z]+:/i.test(link)) {
          problems.push(`${link}: outside the repository`);
          continue;
        }
        const [path, anchor] = link.split('#');
        const target = path ? resolve(dirname(page), path) : page;
        if (relative(ROOT, target).startsWith('..')) problems.push(`${link}: outside the repository`);
        else if (!existsSync(target)) problems.push(`${link}: no such file`);
        else if (anchor && statSync(target).isFile() && !anchors(target).has(anchor))
          problems.push(`${link}: no heading #${anchor} in ${relative(ROOT, target)}`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('the README is a front page: under 12 KB, with a contents list', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(Buffer.byteLength(readme)).toBeLessThan(12 * 1024);
    expect(readme).toContain('## Contents');
  });
});
