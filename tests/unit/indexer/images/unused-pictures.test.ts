import { describe, expect, it } from 'vitest';
import { keepAllPicturesBecause, namedFiles, unusedPictures } from '../../../../indexer/images/unused-pictures.js';

const NOW = 1_768_000_000;
const DAY = 86_400;
const WEEK = 7 * DAY;
const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const files = (key: string, widths = [320, 640]) => widths.map((w) => `${key}-${w}.webp`);

describe('which stored pictures may go', () => {
  it('keeps every width a document names, and records nothing for them', () => {
    const named = namedFiles([{ picture: { key: A, widths: [320, 640] } }, { picture: null }]);
    expect(named).toEqual(new Set(files(A)));
    expect(unusedPictures({ files: files(A), named, since: {}, now: NOW, graceSeconds: WEEK })).toEqual({ remove: [], since: {} });
  });

  it('starts the grace period of a file when a run first finds it unnamed', () => {
    const decision = unusedPictures({ files: files(A), named: new Set(), since: {}, now: NOW, graceSeconds: WEEK });
    expect(decision).toEqual({ remove: [], since: { [`${A}-320.webp`]: NOW, [`${A}-640.webp`]: NOW } });
  });

  it('keeps an unnamed file during the grace period and lets it go once the period has passed', () => {
    const since = { [`${A}-320.webp`]: NOW - WEEK + 1, [`${A}-640.webp`]: NOW - WEEK };
    const decision = unusedPictures({ files: files(A), named: new Set(), since, now: NOW, graceSeconds: WEEK });
    expect(decision).toEqual({ remove: [`${A}-640.webp`], since: { [`${A}-320.webp`]: NOW - WEEK + 1 } });
  });

  it('forgets the record of a file that is named again, so its grace period starts afresh later', () => {
    const since = { [`${A}-320.webp`]: NOW - 30 * DAY };
    const decision = unusedPictures({ files: files(A, [320]), named: new Set(files(A, [320])), since, now: NOW, graceSeconds: WEEK });
    expect(decision).toEqual({ remove: [], since: {} });
  });

  it('drops a width the config no longer makes even when the picture is named in other widths', () => {
    const named = namedFiles([{ picture: { key: B, widths: [320] } }]);
    const since = { [`${B}-960.webp`]: NOW - WEEK };
    expect(unusedPictures({ files: files(B, [320, 960]), named, since, now: NOW, graceSeconds: WEEK }).remove).toEqual([`${B}-960.webp`]);
  });

  it('never considers a name the indexer does not write: manifest, temp files, other names, paths', () => {
    const others = ['manifest.json', 'unused-since.json', `${A}-320.webp.123.tmp`, '../secret-320.webp', `${A.toUpperCase()}-320.webp`, 'notes.txt'];
    const since = Object.fromEntries(others.map((n) => [n, NOW - 365 * DAY]));
    expect(unusedPictures({ files: others, named: new Set(), since, now: NOW, graceSeconds: WEEK })).toEqual({ remove: [], since: {} });
  });

  it('removes nothing when the clock went back behind the recorded time', () => {
    const since = { [`${A}-320.webp`]: NOW + DAY };
    expect(unusedPictures({ files: files(A, [320]), named: new Set(), since, now: NOW, graceSeconds: WEEK }).remove).toEqual([]);
  });
});

describe('when a run may remove pictures', () => {
  const ok = { id: 'a', ok: true };
  it('after a full run in which every source was applied', () => {
    expect(keepAllPicturesBecause({ validated: true, partial: false, health: [ok, { id: 'b', ok: true }] })).toBeNull();
  });

  it('not when a source failed or was held, when only some were read, or when the sources file was unreadable', () => {
    expect(keepAllPicturesBecause({ validated: true, partial: false, health: [ok, { id: 'b', ok: false }] })).toBe('sources not applied this run: b');
    expect(keepAllPicturesBecause({ validated: true, partial: true, health: [ok] })).toMatch(/only some sources/);
    expect(keepAllPicturesBecause({ validated: false, partial: false, health: [ok] })).toMatch(/sources file/);
  });
});
