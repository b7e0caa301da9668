import { sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

/** A region is a care provider (vårdgivare) and a tenant: its data never mixes with another's. */
export const regions = pgTable('regions', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Länsdel: an area of a region, usually with one SMO unit. */
export const areas = pgTable(
  'areas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    name: text('name').notNull(),
  },
  (t) => [index('areas_region_idx').on(t.regionId)],
);

/** A vårdcentral with an SMO assignment. */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    areaId: uuid('area_id').references(() => areas.id),
    name: text('name').notNull(),
    cap: integer('cap').notNull(),
    hsaId: text('hsa_id'),
    phone: text('phone'),
    address: text('address'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('units_region_idx').on(t.regionId),
    // What child rows' composite foreign keys (region_id, unit_id) point at: child and unit in one region.
    unique('units_region_id_uq').on(t.regionId, t.id),
  ],
);

/** Catchment area: the municipalities (SCB kommunkod) a unit serves; in the unit's region. */
export const unitMunicipalities = pgTable(
  'unit_municipalities',
  {
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    unitId: uuid('unit_id').notNull(),
    municipalityCode: text('municipality_code').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.municipalityCode] }),
    foreignKey({
      name: 'unit_municipalities_unit_fk',
      columns: [t.regionId, t.unitId],
      foreignColumns: [units.regionId, units.id],
    }).onDelete('cascade'),
  ],
);

export const staff = pgTable(
  'staff',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    profession: text('profession').notNull(),
    hsaId: text('hsa_id'),
    phone: text('phone'),
    email: text('email'),
    active: boolean('active').notNull().default(true),
  },
  (t) => [
    index('staff_unit_idx').on(t.unitId),
    index('staff_region_idx').on(t.regionId),
    unique('staff_region_id_uq').on(t.regionId, t.id),
  ],
);

export const rooms = pgTable(
  'rooms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    features: text('features').array().notNull().default(sql`'{}'::text[]`),
    active: boolean('active').notNull().default(true),
  },
  (t) => [index('rooms_unit_idx').on(t.unitId)],
);

/** Mobile equipment that moves between rooms (a mobile floor lift, a seated scale). */
export const equipment = pgTable(
  'equipment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    features: text('features').array().notNull().default(sql`'{}'::text[]`),
    active: boolean('active').notNull().default(true),
  },
  (t) => [index('equipment_unit_idx').on(t.unitId)],
);

export const teams = pgTable(
  'teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
  },
  (t) => [index('teams_unit_idx').on(t.unitId), unique('teams_region_id_uq').on(t.regionId, t.id)],
);

/** A team's members: team, staff member and row in one region (the composite foreign keys). */
export const teamMembers = pgTable(
  'team_members',
  {
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    teamId: uuid('team_id').notNull(),
    staffId: uuid('staff_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.teamId, t.staffId] }),
    foreignKey({
      name: 'team_members_team_fk',
      columns: [t.regionId, t.teamId],
      foreignColumns: [teams.regionId, teams.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'team_members_staff_fk',
      columns: [t.regionId, t.staffId],
      foreignColumns: [staff.regionId, staff.id],
    }),
    index('team_members_region_staff_idx').on(t.regionId, t.staffId),
  ],
);
