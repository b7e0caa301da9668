// The organisation module's door: regions, areas, units, staff, rooms, equipment and teams.
export {
  equipmentTable,
  findStaff,
  findUnits,
  insertArea,
  insertFeatured,
  insertRegion,
  insertStaff,
  insertUnit,
  roomsTable,
  saveTeam,
} from './organisation.repository.ts';
export { organisationRoutes } from './organisation.routes.ts';
