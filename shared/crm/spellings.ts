// Ways people write one Kazakhstan number (forms, staff, spreadsheets, bots).
// Shared by the property tests and the matching benchmark (bench/crm.ts).
export function phoneSpellings(tenDigits: string): string[] {
  const d = tenDigits;
  const [a, b, c, e] = [d.slice(0, 3), d.slice(3, 6), d.slice(6, 8), d.slice(8)];
  return [
    `+7${d}`,
    `8${d}`,
    `7${d}`,
    d,
    `+7 ${a} ${b} ${c} ${e}`,
    `+7 (${a}) ${b}-${c}-${e}`,
    `8 (${a}) ${b}-${c}-${e}`,
    `8-${a}-${b}-${c}-${e}`,
    `8 ${a} ${b}${c}${e}`,
    `8\u00a0${a}\u00a0${b}\u00a0${c}\u00a0${e}`,
    `8 ${a} ${b}–${c}–${e}`,
    `+8 ${a} ${b} ${c} ${e}`,
    `007 ${a} ${b} ${c} ${e}`,
    `(${a}) ${b} ${c} ${e}`,
    ` +7.${a}.${b}.${c}.${e} `,
    `тел. 8 ${a} ${b} ${c} ${e}`,
    `8 ${a} ${b} ${c} ${e} (после 18:00)`,
  ];
}

/** Slips a reader still recognises but a machine should not guess at: a letter O for a zero. */
export function phoneSlips(tenDigits: string): string[] {
  return tenDigits.includes('0') ? [`8 ${tenDigits.replace('0', 'O')}`] : [];
}
