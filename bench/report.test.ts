import {describe, expect, it} from 'vitest';
import {meets, parseFigure, table} from './report.ts';

describe('bench figures', () => {
  it('reads back only its own lines, not server log lines', () => {
    expect(parseFigure('{"level":"info","msg":"listening"}')).toBeUndefined();
    expect(parseFigure('{"dot-bench-figure":1,"name":"a","value":3,"unit":"ms"}')).toEqual({name: 'a', value: 3, unit: 'ms'});
  });
  it('marks a goal met or not', () => {
    expect(meets(170, '<= 170')).toBe(true);
    expect(meets(171, '<= 170')).toBe(false);
    expect(meets(1999, '>= 2000')).toBe(false);
    expect(meets(49.9, '< 50')).toBe(true);
    expect(meets(5, undefined)).toBeUndefined();
    expect(table([{name: 'x', value: 300, unit: 'KB', goal: '<= 170'}])).toContain('NOT MET');
  });
});
