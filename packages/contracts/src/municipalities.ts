/**
 * Swedish municipalities by SCB kommunkod. This list covers the counties of the regions Lotsa runs
 * in today (Stockholm, Södermanland, Örebro); add a county's municipalities here when a region joins.
 */
export const MUNICIPALITIES: ReadonlyArray<{ code: string; name: string }> = [
  { code: '0114', name: 'Upplands Väsby' },
  { code: '0115', name: 'Vallentuna' },
  { code: '0117', name: 'Österåker' },
  { code: '0120', name: 'Värmdö' },
  { code: '0123', name: 'Järfälla' },
  { code: '0125', name: 'Ekerö' },
  { code: '0126', name: 'Huddinge' },
  { code: '0127', name: 'Botkyrka' },
  { code: '0128', name: 'Salem' },
  { code: '0136', name: 'Haninge' },
  { code: '0138', name: 'Tyresö' },
  { code: '0139', name: 'Upplands-Bro' },
  { code: '0140', name: 'Nykvarn' },
  { code: '0160', name: 'Täby' },
  { code: '0162', name: 'Danderyd' },
  { code: '0163', name: 'Sollentuna' },
  { code: '0180', name: 'Stockholm' },
  { code: '0181', name: 'Södertälje' },
  { code: '0182', name: 'Nacka' },
  { code: '0183', name: 'Sundbyberg' },
  { code: '0184', name: 'Solna' },
  { code: '0186', name: 'Lidingö' },
  { code: '0187', name: 'Vaxholm' },
  { code: '0188', name: 'Norrtälje' },
  { code: '0191', name: 'Sigtuna' },
  { code: '0192', name: 'Nynäshamn' },
  { code: '0428', name: 'Vingåker' },
  { code: '0461', name: 'Gnesta' },
  { code: '0480', name: 'Nyköping' },
  { code: '0481', name: 'Oxelösund' },
  { code: '0482', name: 'Flen' },
  { code: '0483', name: 'Katrineholm' },
  { code: '0484', name: 'Eskilstuna' },
  { code: '0486', name: 'Strängnäs' },
  { code: '0488', name: 'Trosa' },
  { code: '1814', name: 'Lekeberg' },
  { code: '1860', name: 'Laxå' },
  { code: '1861', name: 'Hallsberg' },
  { code: '1862', name: 'Degerfors' },
  { code: '1863', name: 'Hällefors' },
  { code: '1864', name: 'Ljusnarsberg' },
  { code: '1880', name: 'Örebro' },
  { code: '1881', name: 'Kumla' },
  { code: '1882', name: 'Askersund' },
  { code: '1883', name: 'Karlskoga' },
  { code: '1884', name: 'Nora' },
  { code: '1885', name: 'Lindesberg' },
];

const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m.name]));

export function isKnownMunicipality(code: string): boolean {
  return byCode.has(code);
}

export function municipalityName(code: string): string {
  return byCode.get(code) ?? code;
}
