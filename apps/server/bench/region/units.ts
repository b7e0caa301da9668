import { municipalityName } from '@lotsa/contracts';
import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/database.ts';
import { areas } from '../../src/db/schema.ts';
import { insertUnit } from '../../src/modules/organisation/index.ts';

export interface BenchUnit {
  id: string;
  municipalityCodes: string[];
}

/** Postal code prefixes (first three digits) of the municipalities of Örebro län. */
export const ÖREBRO_POSTAL: Record<string, string> = {
  '1814': '716',
  '1860': '695',
  '1861': '694',
  '1862': '693',
  '1863': '712',
  '1864': '714',
  '1880': '702',
  '1881': '692',
  '1882': '696',
  '1883': '691',
  '1884': '713',
  '1885': '711',
};

/** The 20 extra SMO units of the large region: place name, area and municipalities served. */
const UNITS: Array<{ place: string; area: string; municipalities: string[] }> = [
  { place: 'Örebro Adolfsberg', area: 'Örebro', municipalities: ['1880'] },
  { place: 'Örebro Brickebacken', area: 'Örebro', municipalities: ['1880'] },
  { place: 'Örebro Baronbackarna', area: 'Örebro', municipalities: ['1880'] },
  { place: 'Örebro Varberga', area: 'Örebro', municipalities: ['1880'] },
  { place: 'Örebro Vivalla', area: 'Örebro', municipalities: ['1880'] },
  { place: 'Örebro Tybble', area: 'Örebro', municipalities: ['1880'] },
  { place: 'Örebro Haga', area: 'Örebro', municipalities: ['1880'] },
  { place: 'Örebro Mikael', area: 'Örebro', municipalities: ['1880', '1814'] },
  { place: 'Karlskoga', area: 'Länsdel Väster', municipalities: ['1883'] },
  { place: 'Karlskoga Granbergsdal', area: 'Länsdel Väster', municipalities: ['1883', '1862'] },
  { place: 'Degerfors', area: 'Länsdel Väster', municipalities: ['1862'] },
  { place: 'Laxå', area: 'Länsdel Väster', municipalities: ['1860'] },
  { place: 'Fjugesta', area: 'Länsdel Väster', municipalities: ['1814'] },
  { place: 'Lindesberg', area: 'Länsdel Norr', municipalities: ['1885'] },
  { place: 'Frövi', area: 'Länsdel Norr', municipalities: ['1885'] },
  { place: 'Nora', area: 'Länsdel Norr', municipalities: ['1884'] },
  { place: 'Hällefors', area: 'Länsdel Norr', municipalities: ['1863'] },
  { place: 'Kopparberg', area: 'Länsdel Norr', municipalities: ['1864'] },
  { place: 'Hallsberg', area: 'Länsdel Söder', municipalities: ['1861'] },
  { place: 'Askersund', area: 'Länsdel Söder', municipalities: ['1882'] },
];

/** Creates the extra units through the organisation module, in the region's existing areas. */
export async function createUnits(db: Db, regionId: string): Promise<BenchUnit[]> {
  const areaRows = await db.select().from(areas).where(eq(areas.regionId, regionId));
  const areaId = new Map(areaRows.map((a) => [a.name, a.id]));
  const created: BenchUnit[] = [];
  for (const [i, u] of UNITS.entries()) {
    const town = municipalityName(u.municipalities[0]!);
    const id = await insertUnit(db, regionId, {
      name: `${u.place} vårdcentral SMO`,
      areaId: areaId.get(u.area) ?? null,
      cap: 6000,
      hsaId: `SE2321000164-bench${i + 1}`,
      phone: `019-60${String(i + 1).padStart(2, '0')} 00 00`,
      address: `Vårdcentralsgatan ${i + 2}, ${ÖREBRO_POSTAL[u.municipalities[0]!]} 00 ${town}`,
      active: true,
      municipalityCodes: u.municipalities,
    });
    created.push({ id, municipalityCodes: u.municipalities });
  }
  return created;
}
