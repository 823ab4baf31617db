import { describe, expect, it } from 'vitest';
import {
  growthFactor,
  growthPairs,
  growthRows,
  growthTable,
  parseArgs,
  parseSizes,
  sizeLabel,
  type Series,
} from './growth';

const series = (name: string, lowerIsBetter: boolean, values: [number, number | null][]): Series => ({
  name,
  unit: lowerIsBetter ? 'ms' : 'req/s',
  lowerIsBetter,
  values: new Map(values),
});

describe('bench sizes', () => {
  it('parses k and m suffixes, sorts and drops duplicates', () => {
    expect(parseSizes('1k,10k,100k')).toEqual([1_000, 10_000, 100_000]);
    expect(parseSizes('100k, 1K,2500,1.5m,1k')).toEqual([1_000, 2_500, 100_000, 1_500_000]);
  });

  it('refuses what is not a positive whole number of cases', () => {
    for (const bad of ['', '1k,', 'ten', '-1k', '0', '1.5', '1kk', '1g'])
      expect(() => parseSizes(bad), bad).toThrow(/--sizes/);
  });

  it('labels sizes the way they are written', () => {
    expect([1_000, 10_000, 100_000, 250, 1_500_000, 2_500].map(sizeLabel)).toEqual([
      '1k',
      '10k',
      '100k',
      '250',
      '1.5m',
      '2.5k',
    ]);
  });

  it('reads sections and --sizes (either spelling) from the command line, and refuses other flags', () => {
    expect(parseArgs(['cases', '--sizes', '1k,10k'])).toEqual({
      sections: ['cases'],
      sizes: [1_000, 10_000],
    });
    expect(parseArgs(['--sizes=100k', 'cases', 'engine'])).toEqual({
      sections: ['cases', 'engine'],
      sizes: [100_000],
    });
    expect(parseArgs(['cases'])).toEqual({ sections: ['cases'], sizes: null });
    expect(() => parseArgs(['cases', '--sizes'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--size', '1k'])).toThrow(/unknown option/);
  });
});

describe('growth factors', () => {
  const submit = series('submitStep', false, [
    [1_000, 50],
    [10_000, 40],
    [100_000, 35],
  ]);
  const inbox = series('inbox p99', true, [
    [1_000, 20],
    [10_000, 30],
    [100_000, null],
  ]);

  it('compares each size with the one before, and the largest with the smallest', () => {
    expect(growthPairs([100_000, 1_000, 10_000])).toEqual([
      [1_000, 10_000],
      [10_000, 100_000],
      [1_000, 100_000],
    ]);
    expect(growthPairs([10_000, 100_000])).toEqual([[10_000, 100_000]]);
    expect(growthPairs([10_000])).toEqual([]);
  });

  it('divides the value at the larger size by the value at the smaller; a failed size gives none', () => {
    expect(growthFactor(submit, 1_000, 100_000)).toBeCloseTo(0.7);
    expect(growthFactor(inbox, 1_000, 10_000)).toBeCloseTo(1.5);
    expect(growthFactor(inbox, 10_000, 100_000)).toBeNull();
    expect(growthFactor(submit, 1_000, 5_000)).toBeNull();
  });

  it('makes a row per measurement and pair: the factor, and its ratio against flat', () => {
    const rows = growthRows('cases: ', [submit, inbox], [1_000, 10_000, 100_000]);
    expect(rows.map((r) => r.name)).toEqual([
      'cases: growth of submitStep, 10k ÷ 1k',
      'cases: growth of submitStep, 100k ÷ 10k',
      'cases: growth of submitStep, 100k ÷ 1k',
      'cases: growth of inbox p99, 10k ÷ 1k',
      'cases: growth of inbox p99, 100k ÷ 10k',
      'cases: growth of inbox p99, 100k ÷ 1k',
    ]);
    const [s10, , s100] = rows;
    expect(s10).toMatchObject({ unit: '×', value: 0.8, note: '50.0 → 40.0 req/s' });
    expect(s10!.ratio).toBeCloseTo(0.8);
    expect(s100!.value).toBeCloseTo(0.7);
    // A latency that grows 1.5× is 1 ÷ 1.5 of flat.
    expect(rows[3]!.value).toBeCloseTo(1.5);
    expect(rows[3]!.ratio).toBeCloseTo(1 / 1.5);
    expect(rows[4]).toMatchObject({ value: null, ratio: null, error: 'no figure at 100k' });
  });

  it('prints a column per size and a factor column per pair', () => {
    const lines = growthTable([submit, inbox], [1_000, 10_000, 100_000]).split('\n');
    expect(lines[0]).toMatch(/1k\s+10k\s+100k\s+10k\/1k\s+100k\/10k\s+100k\/1k$/);
    expect(lines[1]).toMatch(/^submitStep \(req\/s\)\s+50\.0\s+40\.0\s+35\.0\s+0\.80×\s+0\.88×\s+0\.70×$/);
    expect(lines[2]).toMatch(/^inbox p99 \(ms, lower is better\)\s+20\.0\s+30\.0\s+failed\s+1\.50×\s+—\s+—$/);
  });
});
